package vn.sct.tracker.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Renders every diagram of {@code bpmn/} to SVG under {@code docs/diagrams/} for management, with bpmn-js
 * (from npm, {@code tools/bpmn}) in Debian's headless Chromium. Each SVG starts with the SHA-256 of the
 * BPMN it shows; {@code DiagramSvgsTest} fails when a diagram changed and its SVG was not rendered again.
 * Run: {@code ./mvnw -Pdiagrams verify}.
 */
public final class DiagramSvgs {

    static final Path BPMN = Path.of("bpmn");
    static final Path SVG = Path.of("docs", "diagrams");
    private static final Path VIEWER = Path.of("tools", "bpmn", "node_modules", "bpmn-js", "dist",
            "bpmn-viewer.production.min.js");

    private DiagramSvgs() {
    }

    public static void main(String[] args) throws Exception {
        if (!Files.exists(VIEWER)) {
            throw new IllegalStateException("bpmn-js is missing: run npm ci in tools/bpmn (./mvnw verify does)");
        }
        Files.createDirectories(SVG);
        Path page = Files.createTempFile("diagrams", ".html");
        Files.writeString(page, "<!doctype html><html><head><meta charset=\"utf-8\"><script src=\""
                + VIEWER.toAbsolutePath().toUri() + "\"></script></head><body style=\"margin:0\">"
                + "<div id=\"canvas\" style=\"width:2400px;height:1400px\"></div></body></html>");
        try (Browser browser = Browser.start("vi-VN")) {
            browser.open(page.toUri().toString());
            for (Path bpmn : diagrams()) {
                String xml = Files.readString(bpmn, StandardCharsets.UTF_8);
                Object svg = ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        document.getElementById('canvas').innerHTML = '';
                        const viewer = new BpmnJS({ container: '#canvas' });
                        viewer.importXML(arguments[0])
                          .then(() => viewer.saveSVG())
                          .then(result => done(result.svg))
                          .catch(error => done('ERROR ' + error.message));""", xml);
                if (!(svg instanceof String s) || s.startsWith("ERROR")) {
                    throw new IllegalStateException(bpmn + ": " + svg);
                }
                Path out = SVG.resolve(bpmn.getFileName().toString().replace(".bpmn", ".svg"));
                Files.writeString(out, header(bpmn) + "\n" + s.substring(s.indexOf("<svg")) + "\n",
                        StandardCharsets.UTF_8);
                System.out.println("rendered " + out);
            }
        } finally {
            Files.deleteIfExists(page);
        }
    }

    /** The diagrams to render: every BPMN file of the product. */
    static List<Path> diagrams() throws IOException {
        try (Stream<Path> files = Files.list(BPMN)) {
            return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    /** The first line of a diagram's SVG: which BPMN, in which version (its SHA-256). */
    static String header(Path bpmn) throws IOException {
        return "<!-- rendered from bpmn/" + bpmn.getFileName() + " sha256:" + sha256(bpmn) + " -->";
    }

    static String sha256(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
