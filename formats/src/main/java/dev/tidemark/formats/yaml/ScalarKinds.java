// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.yaml;

import dev.tidemark.formats.tree.ScalarNode;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The kind of a YAML scalar as SnakeYAML's YAML 1.1 resolver decides it, shared by both YAML
 * readers so that they cannot disagree on what is a null, a boolean or a number.
 */
final class ScalarKinds {
    private final Resolver resolver = new Resolver();

    /** The kind of an untagged plain scalar. */
    ScalarNode.Kind ofPlain(String value) {
        return mayResolveToNonString(value) ? ofTag(resolver.resolve(NodeId.scalar, value, true).getValue()) : ScalarNode.Kind.STRING;
    }

    /** The kind a resolved or explicit tag stands for. */
    static ScalarNode.Kind ofTag(String tag) {
        if (tag.equals(Tag.NULL.getValue())) {
            return ScalarNode.Kind.NULL;
        }
        if (tag.equals(Tag.BOOL.getValue())) {
            return ScalarNode.Kind.BOOLEAN;
        }
        return tag.equals(Tag.INT.getValue()) || tag.equals(Tag.FLOAT.getValue()) ? ScalarNode.Kind.NUMBER : ScalarNode.Kind.STRING;
    }

    /**
     * Whether a plain scalar could be YAML 1.1's null, bool, int or float: SnakeYAML's resolver
     * matches regular expressions, too slow to run on every name in a large changelog, so
     * only values that start like one of those (and are short enough, for words) go to it.
     */
    private static boolean mayResolveToNonString(String value) {
        if (value.isEmpty()) {
            return true;
        }
        char c = value.charAt(0);
        if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
            return mayBeNumber(value);
        }
        if (c == '~') {
            return true;
        }
        if (value.length() > 5) {
            return false;
        }
        switch (c) {
            case 'y': case 'Y': case 'n': case 'N': case 't': case 'T': case 'f': case 'F': case 'o': case 'O':
                return true;
            default:
                return false;
        }
    }

    /**
     * Whether a scalar starting like a number holds only characters of YAML 1.1's int and float
     * patterns (digits, signs, points, underscores, colons, hexadecimal digits, {@code 0x},
     * {@code 0b}, {@code .inf}, {@code .nan}): only then can the resolver call it one. Names such
     * as {@code 1-createTable} cannot be; a timestamp can, but it is a string here anyway.
     */
    private static boolean mayBeNumber(String value) {
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean numeric = c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == '_' || c == ':'
                    || (c | 0x20) >= 'a' && (c | 0x20) <= 'f' || c == 'x' || (c | 0x20) == 'i' || (c | 0x20) == 'n';
            if (!numeric) {
                return false;
            }
        }
        return true;
    }
}
