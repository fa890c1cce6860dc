package org.crosscheck.bench;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.chromium.HasCdp;

import java.util.List;
import java.util.Map;

import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;

/** What the screenshot benches share: a page shot once it shows, and the system's light or dark. */
final class Screens {

    private Screens() {
    }

    static void shot(String path, String ready, String name) {
        Selenide.open(path);
        $(ready).shouldBe(visible);
        Selenide.screenshot(name);
    }

    static void prefersDark(boolean dark) {
        WebDriver driver = WebDriverRunner.getWebDriver();
        while (!(driver instanceof HasCdp) && driver instanceof WrapsDriver wrapper) {
            driver = wrapper.getWrappedDriver();
        }
        ((HasCdp) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }
}
