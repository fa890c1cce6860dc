package bare;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Spring Boot and Vaadin with nothing of Crosscheck: what starting costs before any application code. */
@SpringBootApplication
public class BareApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareApplication.class, args);
    }

    @Route("login")
    public static class LoginView extends VerticalLayout {
        public LoginView() {
            add(new LoginForm());
        }
    }
}
