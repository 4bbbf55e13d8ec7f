package vn.sct.tracker.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.sct.tracker.process.extension.DirectiveExtension;
import vn.sct.tracker.process.lifecycle.DirectiveLifecycle;
import vn.sct.tracker.process.monthly.MonthlyReport;

/**
 * The diagrams as the index of the code, checked without starting anything: every bean a diagram names
 * exists and is the right kind of handler (a service task's bean a {@link JavaDelegate}, a listener's a
 * {@link TaskListener} or {@link ExecutionListener}); every method an expression calls exists with that
 * many parameters; every other name in an expression is a process variable declared in the process's
 * constants class; the constants name exactly the diagram's flow nodes and messages; every form a
 * diagram refers to exists with that id.
 */
class DiagramModelTest {

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern NAME_OR_CALL = Pattern.compile(
            "(?<![\\w.])([A-Za-z_]\\w*)(?:\\s*\\.\\s*(\\w+)\\s*\\(([^)]*)\\))?");
    private static final Set<String> EL_WORDS = Set.of("true", "false", "null", "empty", "not", "and", "or",
            "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");
    private static final List<String> NODE_PREFIXES = List.of("START_", "TASK_", "GATEWAY_", "END_", "EVENT_",
            "SUBPROCESS_");
    private static final Map<String, Class<?>> BEANS = beans();

    static Stream<Arguments> diagrams() {
        return Stream.of(
                Arguments.of("directive-lifecycle.bpmn", DirectiveLifecycle.class),
                Arguments.of("directive-extension.bpmn", DirectiveExtension.class),
                Arguments.of("monthly-report.bpmn", MonthlyReport.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void everyHandlerTheDiagramNamesExistsAndIsTheRightKind(String file, Class<?> constants) throws Exception {
        Document diagram = read(file);
        List<String> problems = new ArrayList<>();
        for (Element e : elements(diagram)) {
            String delegate = e.getAttributeNS(CAMUNDA, "delegateExpression");
            if (delegate.isEmpty()) {
                continue;
            }
            String bean = bareBean(delegate);
            Class<?> type = BEANS.get(bean);
            Class<?> required = switch (e.getLocalName()) {
                case "taskListener" -> TaskListener.class;
                case "executionListener" -> ExecutionListener.class;
                default -> JavaDelegate.class;
            };
            if (bean == null || type == null) {
                problems.add(where(e) + ": no bean for " + delegate);
            } else if (!required.isAssignableFrom(type)) {
                problems.add(where(e) + ": " + type.getSimpleName() + " is no " + required.getSimpleName());
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void everyNameInAnExpressionIsABeanMethodOrADeclaredVariable(String file, Class<?> constants) throws Exception {
        Set<String> variables = values(constants, List.of("VAR_"));
        List<String> problems = new ArrayList<>();
        for (Element e : elements(read(file))) {
            for (String text : texts(e)) {
                Matcher m = EXPRESSION.matcher(text);
                while (m.find()) {
                    check(m.group(1).replaceAll("'[^']*'", "''"), variables, where(e), problems);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void theConstantsNameExactlyTheDiagramsFlowNodesAndMessages(String file, Class<?> constants) throws Exception {
        Document diagram = read(file);
        Set<String> nodes = new TreeSet<>();
        Set<String> messages = new TreeSet<>();
        String processId = null;
        for (Element e : elements(diagram)) {
            String kind = e.getLocalName();
            if ("process".equals(kind)) {
                processId = e.getAttribute("id");
            } else if ("message".equals(kind)) {
                messages.add(e.getAttribute("name"));
            } else if (isFlowNode(kind) && !e.getAttribute("id").isEmpty()) {
                nodes.add(e.getAttribute("id"));
            }
        }
        assertThat(processId).isEqualTo(values(constants, List.of("PROCESS_KEY")).iterator().next());
        assertThat(new TreeSet<>(values(constants, NODE_PREFIXES))).isEqualTo(nodes);
        assertThat(new TreeSet<>(values(constants, List.of("MESSAGE_")))).isEqualTo(messages);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void everyFormTheDiagramRefersToExists(String file, Class<?> constants) throws Exception {
        Map<String, String> forms = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".form")).toList()) {
                Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(Files.readString(f));
                List<String> ids = new ArrayList<>();
                while (id.find()) {
                    ids.add(id.group(1));
                }
                forms.put(f.getFileName().toString().replace(".form", ""), String.join(" ", ids));
            }
        }
        List<String> problems = new ArrayList<>();
        for (Element e : elements(read(file))) {
            String ref = e.getAttributeNS(CAMUNDA, "formRef");
            if (!ref.isEmpty() && !(forms.containsKey(ref) && forms.get(ref).contains(ref))) {
                problems.add(where(e) + ": no form " + ref + " in forms/");
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void check(String expression, Set<String> variables, String where, List<String> problems) {
        Matcher m = NAME_OR_CALL.matcher(expression);
        while (m.find()) {
            String name = m.group(1);
            if (EL_WORDS.contains(name)) {
                continue;
            }
            if (m.group(2) == null) {
                if (!variables.contains(name) && !BEANS.containsKey(name)) {
                    problems.add(where + ": '" + name + "' is neither a declared variable nor a bean");
                }
                continue;
            }
            Class<?> type = BEANS.get(name);
            String method = m.group(2);
            String args = m.group(3).strip();
            int count = args.isEmpty() ? 0 : args.split(",").length;
            if (type == null) {
                problems.add(where + ": no bean '" + name + "'");
            } else if (Arrays.stream(type.getMethods())
                    .noneMatch(x -> x.getName().equals(method) && x.getParameterCount() == count)) {
                problems.add(where + ": " + type.getSimpleName() + " has no public " + method + " with " + count
                        + " parameter(s)");
            }
            if (!args.isEmpty()) {
                check(args, variables, where, problems);
            }
        }
    }

    private static boolean isFlowNode(String kind) {
        return kind.endsWith("Task") || kind.endsWith("Event") || kind.endsWith("Gateway")
                || "subProcess".equals(kind) || "callActivity".equals(kind);
    }

    private static String bareBean(String delegateExpression) {
        Matcher m = Pattern.compile("^\\$\\{\\s*([A-Za-z_]\\w*)\\s*}$").matcher(delegateExpression.strip());
        return m.matches() ? m.group(1) : null;
    }

    /** The values of the constants class's String fields whose names start with one of the prefixes. */
    private static Set<String> values(Class<?> constants, List<String> prefixes) throws IllegalAccessException {
        Set<String> values = new HashSet<>();
        for (Field f : constants.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class
                    && prefixes.stream().anyMatch(f.getName()::startsWith)) {
                values.add((String) f.get(null));
            }
        }
        return values;
    }

    private static Document read(String file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new File("bpmn", file));
    }

    private static List<Element> elements(Document document) {
        List<Element> all = new ArrayList<>();
        NodeList list = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < list.getLength(); i++) {
            all.add((Element) list.item(i));
        }
        return all;
    }

    /** An element's attribute values and its own text. */
    private static List<String> texts(Element e) {
        List<String> texts = new ArrayList<>();
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            texts.add(((Attr) attributes.item(i)).getValue());
        }
        for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                texts.add(child.getNodeValue());
            }
        }
        return texts;
    }

    private static String where(Element e) {
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            if (!el.getAttribute("id").isEmpty()) {
                return el.getAttribute("id") + (n == e ? "" : " (" + e.getLocalName() + ")");
            }
        }
        return e.getLocalName();
    }

    /** The product's Spring beans by name, as component scanning names them. */
    private static Map<String, Class<?>> beans() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        AnnotationBeanNameGenerator names = new AnnotationBeanNameGenerator();
        SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
        Map<String, Class<?>> beans = new HashMap<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("vn.sct.tracker")) {
            String className = definition.getBeanClassName();
            if (className.contains("Test") || !(definition instanceof AnnotatedBeanDefinition)) {
                continue;
            }
            try {
                beans.put(names.generateBeanName(definition, registry), Class.forName(className));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return beans;
    }
}
