package io.daybrief.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template that loops or recurses without end fails, naming itself, and leaves nothing running. */
class TemplateLimitsTest {

    @TempDir
    Path folder;

    @Test
    void aLoopWithoutEndIsStoppedAtTheTimeLimitWithTheTemplateAndLineNamed() throws Exception {
        Files.writeString(folder.resolve("loop.ftlh"), "<p>start</p>\n<#list 1..2147483647 as i><#list 1..2147483647 as j>${i}</#list></#list>");
        Templates templates = new Templates(folder, Duration.ofSeconds(1));

        assertThatThrownBy(() -> templates.render("loop.ftlh", Map.of()))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("template loop.ftlh").hasMessageContaining("line 2")
                .hasMessageContaining("did not finish in 1 s");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (renderThreadsAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(renderThreadsAlive()).as("the stopped render's thread has ended").isFalse();
    }

    @Test
    void aMacroThatCallsItselfWithoutEndIsNamed() throws Exception {
        Files.writeString(folder.resolve("deep.ftlh"), "<#macro down n>${n}<@down n=n+1/></#macro><@down n=1/>");

        assertThatThrownBy(() -> new Templates(folder).render("deep.ftlh", Map.of()))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("template deep.ftlh").hasMessageContaining("calls itself without end");
    }

    @Test
    void anOrdinaryTemplateStillRendersOnItsThread() throws Exception {
        Files.writeString(folder.resolve("ok.ftlh"), "<p>${who}</p>");

        assertThat(new Templates(folder).render("ok.ftlh", Map.of("who", "<desk>"))).isEqualTo("<p>&lt;desk&gt;</p>");
    }

    private static boolean renderThreadsAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("template loop.ftlh"));
    }
}
