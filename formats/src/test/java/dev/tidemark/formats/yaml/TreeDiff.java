// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.yaml;

import dev.tidemark.formats.tree.ListNode;
import dev.tidemark.formats.tree.MapNode;
import dev.tidemark.formats.tree.Node;
import java.util.Objects;

/** The first place two trees differ, for readable failures of tests that compare whole trees. */
final class TreeDiff {
    private TreeDiff() {
    }

    /** A description of the first difference, or null when the trees are equal. */
    static String first(Node expected, Node actual) {
        return diff("$", expected, actual);
    }

    private static String diff(String path, Node e, Node a) {
        if (e.getClass() != a.getClass()) {
            return path + ": " + e + " vs " + a;
        }
        if (!e.location().equals(a.location())) {
            return path + ": location " + e.location() + " vs " + a.location();
        }
        if (e instanceof MapNode) {
            var ee = ((MapNode) e).entries();
            var ae = ((MapNode) a).entries();
            for (int i = 0; i < Math.min(ee.size(), ae.size()); i++) {
                String p = path + "." + ee.get(i).key();
                if (!ee.get(i).key().equals(ae.get(i).key()) || !ee.get(i).keyLocation().equals(ae.get(i).keyLocation())) {
                    return p + ": key " + ee.get(i).key() + "@" + ee.get(i).keyLocation() + " vs " + ae.get(i).key() + "@" + ae.get(i).keyLocation();
                }
                String d = diff(p, ee.get(i).value(), ae.get(i).value());
                if (d != null) {
                    return d;
                }
            }
            return ee.size() == ae.size() ? null : path + ": " + ee.size() + " entries vs " + ae.size();
        }
        if (e instanceof ListNode) {
            var ei = ((ListNode) e).items();
            var ai = ((ListNode) a).items();
            for (int i = 0; i < Math.min(ei.size(), ai.size()); i++) {
                String d = diff(path + "[" + i + "]", ei.get(i), ai.get(i));
                if (d != null) {
                    return d;
                }
            }
            return ei.size() == ai.size() ? null : path + ": " + ei.size() + " items vs " + ai.size();
        }
        return Objects.equals(e, a) ? null : path + ": " + e + " vs " + a;
    }
}
