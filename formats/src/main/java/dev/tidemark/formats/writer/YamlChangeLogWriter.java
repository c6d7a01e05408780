// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.writer;

import dev.tidemark.formats.writer.DocNode.Field;
import dev.tidemark.formats.writer.DocNode.Fields;
import dev.tidemark.formats.writer.DocNode.Items;
import dev.tidemark.formats.writer.DocNode.Repeated;
import dev.tidemark.formats.writer.DocNode.Scalar;
import dev.tidemark.model.ChangeLogFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a changelog in Liquibase's YAML layout. SnakeYAML's emitter chooses the quoting, so every
 * string that would read back as another type ({@code '1'}, {@code 'true'}, {@code 'null'},
 * {@code '007'}) is quoted, and multi-line text becomes a literal block with the right chomping.
 */
public final class YamlChangeLogWriter implements ChangeLogWriter {

    @Override
    public String write(ChangeLogFile file, Function<String, String> includeRenamer) {
        Items root = new DocumentBuilder(includeRenamer).changeLog(file);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("databaseChangeLog", plain(root));
        return yaml().dump(document);
    }

    /** A fresh emitter per call: SnakeYAML's Yaml is not thread-safe. */
    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        // Long lines stay long: folding would change nothing but makes diffs harder to read.
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        options.setAllowUnicode(true);
        // The default would write such strings as !!binary, which the reader rightly refuses.
        options.setNonPrintableStyle(DumperOptions.NonPrintableStyle.ESCAPE);
        return new Yaml(options);
    }

    static Object plain(DocNode node) {
        if (node instanceof Scalar) {
            return ((Scalar) node).value();
        }
        if (node instanceof Fields) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Field f : ((Fields) node).fields()) {
                map.put(f.name(), plain(f.value()));
            }
            return map;
        }
        if (node instanceof Items) {
            List<Object> list = new ArrayList<>();
            for (Field f : ((Items) node).items()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put(f.name(), plain(f.value()));
                list.add(item);
            }
            return list;
        }
        List<Object> list = new ArrayList<>();
        for (DocNode value : ((Repeated) node).values()) {
            list.add(plain(value));
        }
        return list;
    }
}
