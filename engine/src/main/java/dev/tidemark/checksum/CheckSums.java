// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.DbmsList;
import dev.tidemark.model.ModifySql;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.CreateProcedure;
import dev.tidemark.model.change.Insert;
import dev.tidemark.model.change.Sql;
import dev.tidemark.model.change.SqlFile;
import dev.tidemark.model.modifysql.SqlModifier;
import java.util.Objects;
import java.util.TimeZone;

/**
 * Liquibase 4.33-compatible changeset checksums (DATABASECHANGELOG.MD5SUM), version 9 and the
 * version 8 that Liquibase 3.5 to 4.21 wrote. Neither the changeset's id, author, path, comment,
 * filters, preconditions nor rollback take part; its changes and modifySql edits do.
 */
public final class CheckSums {
    /** The version Liquibase 4.22 and later write. */
    public static final int LATEST = 9;

    private CheckSums() {
    }

    /**
     * The checksum of a changeset.
     *
     * @param changeSet  the changeset
     * @param version    9, or 8 (any version up to 8 uses the V8 rules and carries its own number)
     * @param targetDbms the database's short name: modifySql blocks whose dbms excludes it are not hashed,
     *                   nor, from version 9 on, sql, sqlFile, createProcedure and insert changes whose dbms
     *                   excludes it; null hashes everything
     * @param files      the files the changes refer to
     */
    public static CheckSum compute(ChangeSet changeSet, int version, String targetDbms, ChangeFiles files) {
        return compute(changeSet, version, targetDbms, files, serialization());
    }

    /** As above, with a serialization that may be reused (on one thread). */
    static CheckSum compute(ChangeSet changeSet, int version, String targetDbms, ChangeFiles files,
            ChangeSerialization serialization) {
        Objects.requireNonNull(changeSet, "changeSet");
        Objects.requireNonNull(files, "files");
        ChangeDigest digest = new ChangeDigest(version, files, serialization);
        StringBuilder chain = new StringBuilder();
        for (Change change : changeSet.changes()) {
            if (version > 8 && targetDbms != null && !DbmsList.parse(targetedDbms(change)).matches(targetDbms)) {
                continue;
            }
            chain.append(version).append(':').append(change.accept(digest)).append(':');
        }
        for (ModifySql block : changeSet.modifySql()) {
            if (targetDbms != null && !DbmsList.parse(block.dbms()).matches(targetDbms)) {
                // Liquibase's update, status and validate drop such blocks from the changeset before hashing it,
                // in every version (its DbmsChangeSetFilter); only its calculateChecksum command keeps them.
                continue;
            }
            for (SqlModifier modifier : block.modifiers()) {
                String text = ModifySqlSerialization.serialize(block, modifier, version);
                chain.append(version).append(':').append(Digests.md5OfText(text)).append(';');
            }
        }
        return new CheckSum(version, Digests.md5OfText(chain.toString()));
    }

    /** The checksum of one change on its own (the part a changeset checksum chains). */
    public static CheckSum computeChange(Change change, int version, ChangeFiles files) {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(files, "files");
        return new CheckSum(version, change.accept(new ChangeDigest(version, files, serialization())));
    }

    /**
     * The text Liquibase hashes for a change that is hashed by its serialization (not sql, sqlFile,
     * loadData or loadUpdateData), for diagnosing a checksum that differs.
     */
    public static String serialization(Change change, int version) {
        Objects.requireNonNull(change, "change");
        return serialization().serialize(change, version);
    }

    /** The dbms of the change types Liquibase filters by dbms in V9 checksums, else null. */
    private static String targetedDbms(Change change) {
        if (change instanceof Sql) {
            return ((Sql) change).dbms();
        }
        if (change instanceof SqlFile) {
            return ((SqlFile) change).dbms();
        }
        if (change instanceof CreateProcedure) {
            return ((CreateProcedure) change).dbms();
        }
        if (change instanceof Insert) {
            return ((Insert) change).dbms();
        }
        return null;
    }

    /** Dates print in the JVM's time zone, as Liquibase's do. */
    static ChangeSerialization serialization() {
        return new ChangeSerialization(new DateValues(TimeZone.getDefault()));
    }
}
