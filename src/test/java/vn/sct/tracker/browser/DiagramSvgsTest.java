package vn.sct.tracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Management reads the diagrams as SVG (docs/diagrams): each one shows the BPMN as it is now. */
class DiagramSvgsTest {

    @Test
    void everyDiagramHasItsSvg_renderedFromItsCurrentVersion() throws Exception {
        for (Path bpmn : DiagramSvgs.diagrams()) {
            Path svg = DiagramSvgs.SVG.resolve(bpmn.getFileName().toString().replace(".bpmn", ".svg"));
            assertThat(svg).as("%s has no SVG: run ./mvnw -Pdiagrams verify", bpmn).exists();
            String first = Files.readAllLines(svg, StandardCharsets.UTF_8).get(0);
            assertThat(first).as("%s changed after its SVG was rendered: run ./mvnw -Pdiagrams verify", bpmn)
                    .isEqualTo(DiagramSvgs.header(bpmn));
            assertThat(Files.readString(svg)).contains("<svg");
        }
    }
}
