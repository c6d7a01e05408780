// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.*;
import java.nio.charset.StandardCharsets;

/**
 * The checksum of one change, by change type: most hash their serialization; SQL changes hash
 * their text; views and procedures hash both; loadData hashes its file.
 */
final class ChangeDigest implements ChangeVisitor<String> {
    private final int version;
    private final ChangeFiles files;
    private final ChangeSerialization serialization;

    ChangeDigest(int version, ChangeFiles files, ChangeSerialization serialization) {
        this.version = version;
        this.files = files;
        this.serialization = serialization;
    }

    private boolean v8() {
        return version <= 8;
    }

    /** md5 of the serialization, the default for every change type. */
    private String serialized(Change change) {
        return Digests.md5OfText(serialization.serialize(change, version));
    }

    private byte[] read(String path, Boolean relative, SourceLocation from) {
        return files.read(path, Boolean.TRUE.equals(relative), from);
    }

    /** {@code <serialization checksum>:<sql checksum>}, each with its version prefix, hashed again. */
    private String combined(Change change, String sqlDigest) {
        return Digests.md5OfText(version + ":" + serialized(change) + ":" + version + ":" + sqlDigest);
    }

    /**
     * The SQL part of createView / createProcedure. V9 hashes the body, or the file with properties
     * substituted (read as UTF-8 whatever its encoding attribute says); V8 hashes the body when there
     * is one, else the file's bytes, with the fixed header of {@code ;} and no splitting.
     */
    private String sqlOfViewOrProcedure(String body, String path, Boolean relative, SourceLocation from) {
        if (v8()) {
            byte[] bytes = body != null ? utf8(body) : read(path, relative, from);
            return SqlText.v8(";", false, false, bytes);
        }
        if (path == null) {
            return SqlText.v9(utf8(body == null ? "" : body));
        }
        String text = SqlText.decode(read(path, relative, from), "UTF-8");
        return SqlText.v9(utf8(files.expandProperties(text)));
    }

    private String loadData(String tableName, String file, Boolean relative, String commentLineStartsWith,
            SourceLocation from) {
        // Liquibase's default comment marker is #; an empty marker turns comment skipping off
        String comment = commentLineStartsWith == null ? "#" : commentLineStartsWith;
        byte[] content = CsvContent.filter(read(file, relative, from), comment);
        return Digests.md5OfText(tableName + ":" + version + ":" + Digests.md5(content));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean orTrue(Boolean b) {
        return !Boolean.FALSE.equals(b);
    }

    private static boolean orFalse(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    @Override
    public String visitSql(Sql change) {
        byte[] sql = utf8(change.sql() == null ? "" : change.sql());
        return v8() ? SqlText.v8(change.endDelimiter(), orTrue(change.splitStatements()),
                orFalse(change.stripComments()), sql) : SqlText.v9(sql);
    }

    @Override
    public String visitSqlFile(SqlFile change) {
        byte[] bytes = read(change.path(), change.relativeToChangelogFile(), change.location());
        if (v8()) {
            return SqlText.v8(change.endDelimiter(), orTrue(change.splitStatements()),
                    orFalse(change.stripComments()), bytes);
        }
        return SqlText.v9(utf8(SqlText.decode(bytes, change.encoding())));
    }

    @Override
    public String visitCreateView(CreateView change) {
        if (v8() && change.path() == null) {
            return serialized(change);
        }
        return combined(change, sqlOfViewOrProcedure(change.selectQuery(), change.path(),
                change.relativeToChangelogFile(), change.location()));
    }

    @Override
    public String visitCreateProcedure(CreateProcedure change) {
        if (v8() && change.path() == null) {
            return serialized(change);
        }
        return combined(change, sqlOfViewOrProcedure(change.procedureText(), change.path(),
                change.relativeToChangelogFile(), change.location()));
    }

    @Override
    public String visitLoadData(LoadData change) {
        return loadData(change.tableName(), change.file(), change.relativeToChangelogFile(),
                change.commentLineStartsWith(), change.location());
    }

    @Override
    public String visitLoadUpdateData(LoadUpdateData change) {
        return loadData(change.tableName(), change.file(), change.relativeToChangelogFile(),
                change.commentLineStartsWith(), change.location());
    }

    @Override public String visitCreateTable(CreateTable change) { return serialized(change); }
    @Override public String visitDropTable(DropTable change) { return serialized(change); }
    @Override public String visitRenameTable(RenameTable change) { return serialized(change); }
    @Override public String visitAddColumn(AddColumn change) { return serialized(change); }
    @Override public String visitDropColumn(DropColumn change) { return serialized(change); }
    @Override public String visitRenameColumn(RenameColumn change) { return serialized(change); }
    @Override public String visitModifyDataType(ModifyDataType change) { return serialized(change); }
    @Override public String visitAddNotNullConstraint(AddNotNullConstraint change) { return serialized(change); }
    @Override public String visitDropNotNullConstraint(DropNotNullConstraint change) { return serialized(change); }
    @Override public String visitAddDefaultValue(AddDefaultValue change) { return serialized(change); }
    @Override public String visitDropDefaultValue(DropDefaultValue change) { return serialized(change); }
    @Override public String visitAddPrimaryKey(AddPrimaryKey change) { return serialized(change); }
    @Override public String visitDropPrimaryKey(DropPrimaryKey change) { return serialized(change); }
    @Override public String visitAddUniqueConstraint(AddUniqueConstraint change) { return serialized(change); }
    @Override public String visitDropUniqueConstraint(DropUniqueConstraint change) { return serialized(change); }
    @Override public String visitAddForeignKeyConstraint(AddForeignKeyConstraint change) { return serialized(change); }
    @Override public String visitDropForeignKeyConstraint(DropForeignKeyConstraint change) { return serialized(change); }
    @Override public String visitDropAllForeignKeyConstraints(DropAllForeignKeyConstraints change) { return serialized(change); }
    @Override public String visitCreateIndex(CreateIndex change) { return serialized(change); }
    @Override public String visitDropIndex(DropIndex change) { return serialized(change); }
    @Override public String visitDropView(DropView change) { return serialized(change); }
    @Override public String visitRenameView(RenameView change) { return serialized(change); }
    @Override public String visitCreateSequence(CreateSequence change) { return serialized(change); }
    @Override public String visitAlterSequence(AlterSequence change) { return serialized(change); }
    @Override public String visitDropSequence(DropSequence change) { return serialized(change); }
    @Override public String visitRenameSequence(RenameSequence change) { return serialized(change); }
    @Override public String visitAddAutoIncrement(AddAutoIncrement change) { return serialized(change); }
    @Override public String visitAddLookupTable(AddLookupTable change) { return serialized(change); }
    @Override public String visitMergeColumns(MergeColumns change) { return serialized(change); }
    @Override public String visitDropProcedure(DropProcedure change) { return serialized(change); }
    @Override public String visitSetTableRemarks(SetTableRemarks change) { return serialized(change); }
    @Override public String visitSetColumnRemarks(SetColumnRemarks change) { return serialized(change); }
    @Override public String visitInsert(Insert change) { return serialized(change); }
    @Override public String visitUpdate(Update change) { return serialized(change); }
    @Override public String visitDelete(Delete change) { return serialized(change); }
    @Override public String visitTagDatabase(TagDatabase change) { return serialized(change); }
    @Override public String visitOutput(Output change) { return serialized(change); }
    @Override public String visitEmpty(Empty change) { return serialized(change); }
    @Override public String visitStop(Stop change) { return serialized(change); }
    @Override public String visitExecuteCommand(ExecuteCommand change) { return serialized(change); }

    /** A custom class may compute its own checksum in Liquibase (CustomChangeChecksum); Tidemark cannot load it. */
    @Override public String visitCustomChange(CustomChange change) { return serialized(change); }
}
