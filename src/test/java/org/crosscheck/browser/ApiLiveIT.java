package org.crosscheck.browser;

import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static com.codeborne.selenide.Condition.cssClass;
import static com.codeborne.selenide.Condition.visible;
import static org.assertj.core.api.Assertions.assertThat;

/** A quote marked through the API shows up live in a reader another user has open, with the author's name. */
class ApiLiveIT extends BrowserTest {

    @Test
    void aQuoteMadeThroughTheApiAppearsInAnOpenReader() throws Exception {
        Team team = data.team();
        long arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        login(team.observer());
        ReaderPage reader = ReaderPage.open(arabNews);

        HttpClient http = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString((team.reviewer() + ":" + TestData.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String made = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tokens"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"live\",\"scope\":\"write\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String token = made.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        int start = TestData.as(team.reviewer(), () -> data.text(arabNews)).indexOf("Stephane Dujarric");
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/articles/"
                        + arabNews + "/annotations"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"QUOTE\",\"start\":" + start + ",\"end\":" + (start + 17)
                        + ",\"speaker\":\"Stephane Dujarric\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        reader.markContaining("Stephane Dujarric").shouldHave(cssClass("k-quote"));
        Notifications.shown("added a quote in").shouldBe(visible).shouldHave(com.codeborne.selenide.Condition.text("reviewer Tester"),
                com.codeborne.selenide.Condition.text("Arab News"));
        reader.list().shouldHave(com.codeborne.selenide.Condition.text("reviewer Tester"));
    }
}
