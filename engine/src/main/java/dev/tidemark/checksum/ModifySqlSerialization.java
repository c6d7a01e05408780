// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import dev.tidemark.model.ModifySql;
import dev.tidemark.model.modifysql.SqlModifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One modifySql edit serialized as Liquibase's SQL visitor: the edit's own attributes and
 * applyToRollback; V8 also the block's dbms (a hash set, so in hash order), context and labels
 * (lower-cased, duplicates dropped, joined with commas).
 */
final class ModifySqlSerialization {
    private ModifySqlSerialization() {
    }

    static String serialize(ModifySql block, SqlModifier modifier, int version) {
        Map<String, Serialized> fields = RecordFields.of(modifier);
        fields.put("applyToRollback", new Serialized.Scalar(Boolean.toString(Boolean.TRUE.equals(block.applyToRollback()))));
        if (version <= 8) {
            String dbms = trimToNull(block.dbms());
            if (dbms != null) {
                List<Serialized> items = new ArrayList<>();
                for (String name : new HashSet<>(splitAndTrim(dbms))) {
                    items.add(new Serialized.Scalar(name));
                }
                fields.put("applicableDbms", new Serialized.Items(items));
            }
            String context = trimToNull(block.contextFilter());
            if (context != null) {
                fields.put("contextFilter", new Serialized.Scalar(context));
            }
            String labels = trimToNull(block.labels());
            if (labels != null) {
                Set<String> unique = new LinkedHashSet<>();
                for (String label : splitAndTrim(labels)) {
                    unique.add(label.toLowerCase(Locale.ROOT));
                }
                fields.put("labels", new Serialized.Scalar(String.join(",", unique)));
            }
        }
        return StringSerializer.serialize(SqlModifier.nameOf(modifier.getClass()), new Serialized.Nested(fields));
    }

    private static List<String> splitAndTrim(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split(",")) {
            out.add(part.trim());
        }
        return out;
    }

    private static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
