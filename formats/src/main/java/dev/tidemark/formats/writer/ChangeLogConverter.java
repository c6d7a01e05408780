// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.writer;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.model.ChangeLogEntry;
import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.RecordShape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Rewrites a whole changelog in another format ({@code tidemark convert}): the root file goes to the
 * output file, every other changelog file to the same place relative to it under a name with the new
 * extension, and the data and SQL files they point at are copied unchanged.
 *
 * <p>A changeset's identity includes its file's path, so a file whose name changes and that has
 * no {@code logicalFilePath} gets one holding its old identity path: the converted changesets are the
 * ones already in DATABASECHANGELOG, not new ones.
 */
public final class ChangeLogConverter {
    private static final List<String> CHANGELOG_EXTENSIONS = List.of(".xml", ".yaml", ".yml", ".json", ".sql");

    private final Function<String, Path> resolver;

    /**
     * @param resolver the physical file of a logical changelog path (as in {@link ChangeLogFile#path()}),
     *                 used to copy referenced data and SQL files
     */
    public ChangeLogConverter(Function<String, Path> resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** A converter for changelogs whose paths are file-system paths. */
    public ChangeLogConverter() {
        this(Path::of);
    }

    /**
     * Writes {@code changeLog} in {@code target} format with its root at {@code outputFile}.
     *
     * @return the files written: changelogs in the order read, then copied files
     * @throws TidemarkException {@code UNSUPPORTED} when the format cannot express a file or a file lies
     *         outside the root's folder, {@code FILE_NOT_FOUND} for a missing referenced file,
     *         {@code WRITE_FAILED} on I/O errors
     */
    public List<Path> convert(ChangeLog changeLog, ChangeLogFile.Format target, Path outputFile) {
        ChangeLogFile root = root(changeLog);
        Path rootFolder = ReferencedFiles.parent(root.path());
        Path outFolder = outputFile.toAbsolutePath().normalize().getParent();
        String extension = extension(target);
        Function<String, String> renamer = name -> renamed(name, extension);

        Map<Path, ChangeLogFile> plan = new LinkedHashMap<>();
        for (ChangeLogFile file : changeLog.files()) {
            Path destination = file == root ? outputFile.toAbsolutePath().normalize()
                    : outFolder.resolve(renamed(inside(rootFolder, file.path(), SourceLocation.ofFile(file.path())),
                            extension)).normalize();
            ChangeLogFile clash = plan.putIfAbsent(destination, file);
            if (clash != null) {
                throw new TidemarkException(ErrorCode.UNSUPPORTED, SourceLocation.ofFile(file.path()),
                        file.path() + " and " + clash.path() + " would both be written to " + destination, null);
            }
        }

        ChangeLogWriter writer = writer(target);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, ChangeLogFile> e : plan.entrySet()) {
            ChangeLogFile file = e.getValue();
            boolean renamedFile = !e.getKey().getFileName().toString()
                    .equals(Path.of(file.path()).getFileName().toString());
            String text = writer.write(renamedFile ? keepIdentity(file) : file, renamer);
            write(e.getKey(), text, file.path());
            written.add(e.getKey());
        }
        written.addAll(copyReferenced(changeLog, rootFolder, outFolder, plan.keySet()));
        return written;
    }

    private static ChangeLogFile root(ChangeLog changeLog) {
        for (ChangeLogFile file : changeLog.files()) {
            if (file.path().equals(changeLog.rootPath())) {
                return file;
            }
        }
        if (changeLog.files().isEmpty()) {
            throw new TidemarkException(ErrorCode.INTERNAL, SourceLocation.ofFile(changeLog.rootPath()),
                    "the changelog holds no files", null);
        }
        // Files are listed in the order first read, so the root comes first.
        return changeLog.files().get(0);
    }

    /** The path relative to the root's folder; a file outside it has no place under the output folder. */
    private static String inside(Path rootFolder, String path, SourceLocation where) {
        Path relative = rootFolder.relativize(Path.of(path).normalize());
        if (relative.startsWith("..") || relative.isAbsolute()) {
            throw new TidemarkException(ErrorCode.UNSUPPORTED, where, path
                    + " lies outside the root changelog's folder " + rootFolder + ", so it has no place in the output",
                    null);
        }
        return relative.toString();
    }

    /** A changelog name with the target's extension; other names unchanged. */
    static String renamed(String name, String extension) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String known : CHANGELOG_EXTENSIONS) {
            if (lower.endsWith(known)) {
                return name.substring(0, name.length() - known.length()) + extension;
            }
        }
        return name;
    }

    static String extension(ChangeLogFile.Format format) {
        switch (format) {
            case YAML: return ".yaml";
            case JSON: return ".json";
            case XML: return ".xml";
            case SQL: return ".sql";
            default: throw new IllegalArgumentException("no extension for " + format);
        }
    }

    private static ChangeLogWriter writer(ChangeLogFile.Format format) {
        switch (format) {
            case YAML: return new YamlChangeLogWriter();
            case JSON: return new JsonChangeLogWriter();
            case XML: return new XmlChangeLogWriter();
            case SQL: return new FormattedSqlChangeLogWriter();
            default: throw new IllegalArgumentException("no writer for " + format);
        }
    }

    /**
     * Pins the identity path of the file's changesets: the file's logicalFilePath when they share
     * one, else each changeset's own.
     */
    static ChangeLogFile keepIdentity(ChangeLogFile file) {
        if (file.logicalFilePath() != null) {
            return file;
        }
        Set<String> paths = new LinkedHashSet<>();
        for (ChangeLogEntry entry : file.entries()) {
            if (entry instanceof ChangeSet && ((ChangeSet) entry).logicalFilePath() == null) {
                paths.add(((ChangeSet) entry).filePath());
            }
        }
        if (paths.isEmpty()) {
            return file;
        }
        if (paths.size() == 1) {
            return new ChangeLogFile(file.path(), file.format(), paths.iterator().next(), file.contextFilter(),
                    file.changeLogId(), file.objectQuotingStrategy(), file.entries());
        }
        List<ChangeLogEntry> entries = new ArrayList<>();
        for (ChangeLogEntry entry : file.entries()) {
            if (entry instanceof ChangeSet && ((ChangeSet) entry).logicalFilePath() == null) {
                ChangeSet cs = (ChangeSet) entry;
                entry = (ChangeSet) RecordShape.of(ChangeSet.class).with(cs, "logicalFilePath", cs.filePath());
            }
            entries.add(entry);
        }
        return new ChangeLogFile(file.path(), file.format(), null, file.contextFilter(), file.changeLogId(),
                file.objectQuotingStrategy(), entries);
    }

    private List<Path> copyReferenced(ChangeLog changeLog, Path rootFolder, Path outFolder, Set<Path> changeLogs) {
        ReferencedFiles references = new ReferencedFiles();
        List<Path> copied = new ArrayList<>();
        Set<Path> done = new LinkedHashSet<>();
        for (ChangeLogFile file : changeLog.files()) {
            for (ReferencedFiles.Reference ref : references.of(file)) {
                String found = null;
                for (String candidate : ref.candidates()) {
                    if (Files.isRegularFile(resolver.apply(candidate))) {
                        found = candidate;
                        break;
                    }
                }
                if (found == null) {
                    throw new TidemarkException(ErrorCode.FILE_NOT_FOUND, ref.location(),
                            "cannot copy " + String.join(" or ", ref.candidates()) + ": no such file", null);
                }
                Path destination = outFolder.resolve(inside(rootFolder, found, ref.location())).normalize();
                if (changeLogs.contains(destination)) {
                    throw new TidemarkException(ErrorCode.UNSUPPORTED, ref.location(), found
                            + " would be copied over the converted changelog " + destination, null);
                }
                if (done.add(destination)) {
                    copy(resolver.apply(found), destination, ref.location());
                    copied.add(destination);
                }
            }
        }
        return copied;
    }

    private static void write(Path destination, String text, String source) {
        try {
            Files.createDirectories(destination.toAbsolutePath().getParent());
            Files.writeString(destination, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TidemarkException(ErrorCode.WRITE_FAILED, SourceLocation.ofFile(source),
                    "cannot write " + destination + ": " + e.getMessage(), e);
        }
    }

    private static void copy(Path from, Path to, SourceLocation where) {
        try {
            if (Files.exists(to) && Files.isSameFile(from, to)) {
                return;
            }
            Files.createDirectories(to.toAbsolutePath().getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new TidemarkException(ErrorCode.WRITE_FAILED, where,
                    "cannot copy " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }
}
