package dev.tidemark.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.model.ChangeLog;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.ChangeType;
import dev.tidemark.model.meta.Attribute;
import dev.tidemark.model.meta.RecordShape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * changelogs/parity/<changeType>/ holds the same changesets in YAML, JSON and XML: each must read
 * without errors into equal models that use every attribute of the change type.
 */
class ParityFixturesTest {
    static final Path DIR = Path.of("..", "changelogs", "parity").toAbsolutePath().normalize();
    static final List<String> FORMATS = List.of("changelog.yaml", "changelog.json", "changelog.xml");

    @Test
    void everyChangeTypeHasFixturesInEveryFormat() {
        Set<String> permitted = Arrays.stream(Change.class.getPermittedSubclasses())
                .map(c -> ChangeType.of(c).name()).collect(Collectors.toCollection(TreeSet::new));
        List<String> missing = new ArrayList<>();
        for (String type : permitted) {
            for (String f : FORMATS) {
                if (!Files.isRegularFile(DIR.resolve(type).resolve(f))) {
                    missing.add(type + "/" + f);
                }
            }
        }
        assertEquals(List.of(), missing, "parity fixtures missing");
    }

    /** customChange is read and refused (Tidemark loads no Java classes): its fixtures must give exactly that. */
    @Test
    void customChangeFixturesAreReadAndRefusedInEveryFormat() {
        for (String f : FORMATS) {
            ParseResult r = new ChangeLogParser(ParseOptions.isolated(DIR.resolve("customChange"))).parse(f);
            assertTrue(!r.errors().isEmpty(), f);
            for (var d : r.errors()) {
                assertEquals("TM109", d.code().code(), d.toString());
            }
        }
    }

    static ChangeLog read(Path folder, String file) {
        ParseResult r = new ChangeLogParser(ParseOptions.isolated(folder)).parse(file);
        assertEquals("", r.errors().stream().map(Object::toString).collect(Collectors.joining("\n")),
                folder.getFileName() + "/" + file + " has errors");
        return r.changeLog().orElseThrow();
    }

    @TestFactory
    Stream<DynamicTest> theThreeFormatsGiveEqualModels() {
        return ChangeType.ALL.stream().filter(t -> Files.isDirectory(DIR.resolve(t.name())) && !t.name().equals("customChange")).map(t ->
                DynamicTest.dynamicTest(t.name(), () -> {
                    Path folder = DIR.resolve(t.name());
                    String yaml = ModelDump.dump(read(folder, "changelog.yaml").changeSets());
                    assertEquals(yaml, ModelDump.dump(read(folder, "changelog.json").changeSets()), "JSON differs from YAML");
                    assertEquals(yaml, ModelDump.dump(read(folder, "changelog.xml").changeSets()), "XML differs from YAML");
                    if (Files.exists(folder.resolve("changelog.sql"))) {
                        read(folder, "changelog.sql");
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> eachFixtureUsesEveryAttributeOfItsChangeType() {
        return ChangeType.ALL.stream().filter(t -> Files.isDirectory(DIR.resolve(t.name())) && !t.name().equals("customChange")).map(t ->
                DynamicTest.dynamicTest(t.name(), () -> {
                    ChangeLog log = read(DIR.resolve(t.name()), "changelog.yaml");
                    Set<String> used = new TreeSet<>();
                    for (ChangeSet cs : log.changeSets()) {
                        for (Change c : cs.changes()) {
                            if (c.getClass() == t.recordClass()) {
                                for (Attribute a : RecordShape.of(c.getClass()).attributes()) {
                                    Object v = a.read(c);
                                    if (v != null && !(v instanceof List && ((List<?>) v).isEmpty())) {
                                        used.add(a.name());
                                    }
                                }
                            }
                        }
                    }
                    Set<String> all = RecordShape.of(t.recordClass()).attributes().stream().map(Attribute::name)
                            .collect(Collectors.toCollection(TreeSet::new));
                    all.removeAll(used);
                    assertTrue(all.isEmpty(), t.name() + " fixtures never set " + all);
                }));
    }
}
