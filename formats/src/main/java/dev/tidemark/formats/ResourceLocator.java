// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Finds changelog files and the files they refer to: a path relative to the including file, or
 * a path looked up in each search-path folder in turn, as Liquibase's search path does.
 */
public final class ResourceLocator {
    private final List<Path> searchPath;

    public ResourceLocator(List<Path> searchPath) {
        this.searchPath = List.copyOf(searchPath);
    }

    /** The file for a path as written, absolute or looked up in the search path. */
    public Optional<Path> find(String path) {
        Path p = Path.of(path);
        if (p.isAbsolute()) {
            return Files.exists(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path root : searchPath) {
            Path candidate = root.resolve(path);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The file for {@code path} relative to the file {@code from}, or in the search path. */
    public Optional<Path> find(String path, Path from, boolean relativeToFrom) {
        if (relativeToFrom) {
            Path candidate = from.toAbsolutePath().getParent().resolve(path).normalize();
            return Files.exists(candidate) ? Optional.of(candidate) : Optional.empty();
        }
        return find(path);
    }

    /** A file's text as UTF-8 (or the given encoding), without a byte-order mark. */
    public static String read(Path file, String encoding) throws IOException {
        String text = new String(Files.readAllBytes(file),
                encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding));
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * The display path of a file referred to from {@code fromDisplay}: joined to its folder and
     * normalized when relative, as written otherwise. Always with forward slashes.
     */
    public static String displayPath(String path, String fromDisplay, boolean relativeToFrom) {
        String p = path.replace('\\', '/');
        if (!relativeToFrom || p.startsWith("/")) {
            return normalize(p);
        }
        int slash = fromDisplay.lastIndexOf('/');
        return normalize(slash < 0 ? p : fromDisplay.substring(0, slash + 1) + p);
    }

    /** Removes "." segments and folds "x/.." pairs; keeps leading ".." that cannot fold. */
    public static String normalize(String path) {
        boolean absolute = path.startsWith("/");
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
                parts.removeLast();
            } else {
                parts.addLast(segment);
            }
        }
        return (absolute ? "/" : "") + String.join("/", parts);
    }
}
