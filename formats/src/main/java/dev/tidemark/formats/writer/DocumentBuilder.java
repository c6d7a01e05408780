// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.writer;

import dev.tidemark.formats.writer.DocNode.Field;
import dev.tidemark.formats.writer.DocNode.Fields;
import dev.tidemark.formats.writer.DocNode.Items;
import dev.tidemark.formats.writer.DocNode.Repeated;
import dev.tidemark.formats.writer.DocNode.Scalar;
import dev.tidemark.formats.writer.DocNode.XmlForm;
import dev.tidemark.model.ChangeLogEntry;
import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.Include;
import dev.tidemark.model.IncludeAll;
import dev.tidemark.model.ModifyChangeSets;
import dev.tidemark.model.ModifySql;
import dev.tidemark.model.Preconditions;
import dev.tidemark.model.Property;
import dev.tidemark.model.RemoveChangeSetProperty;
import dev.tidemark.model.Rollback;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.meta.Attribute;
import dev.tidemark.model.meta.RecordShape;
import dev.tidemark.model.modifysql.SqlModifier;
import dev.tidemark.model.precondition.Composite;
import dev.tidemark.model.precondition.Precondition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a {@link ChangeLogFile} into a {@link DocNode} tree laid out as docs/changelog-tree.md
 * describes. Records are walked through their {@link RecordShape}, so a new change or precondition
 * type is written without code here; only the changelog, changeset, rollback and modifySql
 * containers, whose layout differs from their components, are spelled out.
 */
final class DocumentBuilder {
    /** ChangeSet components with a layout of their own; any other non-scalar one is a model change to handle. */
    private static final Set<String> CHANGESET_STRUCTURE =
            Set.of("comment", "validCheckSums", "preconditions", "changes", "rollback", "modifySql");

    private final Function<String, String> includeRenamer;

    DocumentBuilder(Function<String, String> includeRenamer) {
        this.includeRenamer = includeRenamer;
    }

    /** The {@code databaseChangeLog} content: the file's attributes as leading items, then its entries. */
    Items changeLog(ChangeLogFile file) {
        List<Field> items = new ArrayList<>();
        addScalar(items, "logicalFilePath", file.logicalFilePath(), XmlForm.ATTRIBUTE);
        addScalar(items, "contextFilter", file.contextFilter(), XmlForm.ATTRIBUTE);
        addScalar(items, "changeLogId", file.changeLogId(), XmlForm.ATTRIBUTE);
        addScalar(items, "objectQuotingStrategy", file.objectQuotingStrategy(), XmlForm.ATTRIBUTE);
        for (ChangeLogEntry entry : file.entries()) {
            items.add(entry(entry));
        }
        return new Items(items);
    }

    private Field entry(ChangeLogEntry entry) {
        if (entry instanceof ChangeSet) {
            return element("changeSet", changeSet((ChangeSet) entry));
        }
        if (entry instanceof Include) {
            Include include = (Include) entry;
            return element("include", record(RecordShape.of(Include.class).with(include, "file",
                    includeRenamer.apply(include.file()))));
        }
        if (entry instanceof IncludeAll) {
            IncludeAll all = (IncludeAll) entry;
            // A filter such as ".xml" must follow the files it selects to their new extension.
            Object renamed = all.endsWithFilter() == null ? all
                    : RecordShape.of(IncludeAll.class).with(all, "endsWithFilter",
                            includeRenamer.apply(all.endsWithFilter()));
            return element("includeAll", record(renamed));
        }
        if (entry instanceof Preconditions) {
            return element("preConditions", preconditions((Preconditions) entry));
        }
        if (entry instanceof ModifyChangeSets) {
            return element("modifyChangeSets", modifyChangeSets((ModifyChangeSets) entry));
        }
        if (entry instanceof Property) {
            return element("property", record(entry));
        }
        if (entry instanceof RemoveChangeSetProperty) {
            return element("removeChangeSetProperty", record(entry));
        }
        throw new IllegalStateException("no layout for changelog entry " + entry.getClass().getName());
    }

    private Items modifyChangeSets(ModifyChangeSets modify) {
        List<Field> items = new ArrayList<>();
        for (Attribute a : RecordShape.of(ModifyChangeSets.class).attributes()) {
            if (isScalar(a)) {
                addScalar(items, a.name(), a.read(modify), XmlForm.ATTRIBUTE);
            }
        }
        for (ChangeLogEntry entry : modify.entries()) {
            items.add(entry(entry));
        }
        return new Items(items);
    }

    private Fields changeSet(ChangeSet changeSet) {
        List<Field> fields = new ArrayList<>();
        for (Attribute a : RecordShape.of(ChangeSet.class).attributes()) {
            if (CHANGESET_STRUCTURE.contains(a.componentName())) {
                continue;
            }
            if (!isScalar(a)) {
                throw new IllegalStateException("no layout for changeSet component " + a.componentName());
            }
            addScalar(fields, a.name(), a.read(changeSet), XmlForm.ATTRIBUTE);
        }
        addScalar(fields, "comment", changeSet.comment(), XmlForm.CHILD_TEXT);
        if (!changeSet.validCheckSums().isEmpty()) {
            List<DocNode> sums = new ArrayList<>();
            for (String sum : changeSet.validCheckSums()) {
                sums.add(new Scalar(sum));
            }
            fields.add(element("validCheckSum", new Repeated(sums)));
        }
        if (changeSet.preconditions() != null) {
            fields.add(element("preConditions", preconditions(changeSet.preconditions())));
        }
        if (!changeSet.changes().isEmpty()) {
            fields.add(Field.of("changes", changes(changeSet.changes()), XmlForm.CHILDREN));
        }
        if (changeSet.rollback() != null) {
            fields.add(element("rollback", rollback(changeSet.rollback())));
        }
        if (!changeSet.modifySql().isEmpty()) {
            List<DocNode> blocks = new ArrayList<>();
            for (ModifySql block : changeSet.modifySql()) {
                blocks.addAll(modifySql(block));
            }
            fields.add(element("modifySql", new Repeated(blocks)));
        }
        return new Fields(fields);
    }

    private Items changes(List<Change> changes) {
        List<Field> items = new ArrayList<>();
        for (Change change : changes) {
            items.add(element(change.changeType().name(), record(change)));
        }
        return new Items(items);
    }

    /** A list of changes, or a map pointing at another changeset; both when a model holds both. */
    private DocNode rollback(Rollback rollback) {
        List<Field> reference = new ArrayList<>();
        for (Attribute a : RecordShape.of(Rollback.class).attributes()) {
            if (isScalar(a)) {
                addScalar(reference, a.name(), a.read(rollback), XmlForm.ATTRIBUTE);
            }
        }
        if (rollback.changes().isEmpty() && !reference.isEmpty()) {
            return new Fields(reference);
        }
        List<Field> items = new ArrayList<>(reference);
        items.addAll(changes(rollback.changes()).items());
        return new Items(items);
    }

    /** Options as leading one-key items, then the preconditions. */
    private Items preconditions(Preconditions block) {
        List<Field> items = new ArrayList<>();
        for (Attribute a : RecordShape.of(Preconditions.class).attributes()) {
            if (isScalar(a)) {
                addScalar(items, a.name(), a.read(block), XmlForm.ATTRIBUTE);
            }
        }
        for (Precondition p : block.conditions()) {
            items.add(precondition(p));
        }
        return new Items(items);
    }

    private Field precondition(Precondition precondition) {
        String name = precondition.preconditionType().name();
        if (precondition instanceof Composite) {
            List<Field> nested = new ArrayList<>();
            for (Precondition p : ((Composite) precondition).nested()) {
                nested.add(precondition(p));
            }
            return element(name, new Items(nested));
        }
        return element(name, record(precondition));
    }

    /**
     * The block's attributes and its edits keyed by kind. A map cannot repeat a key, and Liquibase
     * reads only one edit from a list under a key, so a block with two edits of one kind becomes
     * several blocks with the same attributes, each a run of edits of distinct kinds: the edits keep
     * their order and every reader applies the same ones.
     */
    private List<DocNode> modifySql(ModifySql block) {
        List<Field> attributes = new ArrayList<>();
        for (Attribute a : RecordShape.of(ModifySql.class).attributes()) {
            if (isScalar(a)) {
                addScalar(attributes, a.name(), a.read(block), XmlForm.ATTRIBUTE);
            }
        }
        List<DocNode> blocks = new ArrayList<>();
        List<Field> run = new ArrayList<>(attributes);
        Set<String> kinds = new HashSet<>();
        for (SqlModifier modifier : block.modifiers()) {
            String kind = SqlModifier.nameOf(modifier.getClass());
            if (!kinds.add(kind)) {
                blocks.add(new Fields(run));
                run = new ArrayList<>(attributes);
                kinds.clear();
                kinds.add(kind);
            }
            run.add(element(kind, record(modifier)));
        }
        blocks.add(new Fields(run));
        return blocks;
    }

    /** Any model record, from its components and their meta annotations. */
    private Fields record(Object record) {
        RecordShape shape = RecordShape.of(record.getClass());
        List<Field> fields = new ArrayList<>();
        for (Attribute a : shape.attributes()) {
            Object value = a.read(record);
            if (value == null || value instanceof List && ((List<?>) value).isEmpty()) {
                continue;
            }
            fields.add(attribute(shape, a, value));
        }
        return new Fields(fields);
    }

    private Field attribute(RecordShape shape, Attribute a, Object value) {
        switch (a.kind()) {
            case STRING:
            case BOOLEAN:
            case INTEGER:
            case LONG:
            case BIG_INTEGER:
                XmlForm form = a.isChildElement() ? XmlForm.CHILD_TEXT
                        : a.isBody() && !a.bodyAlsoAttribute() ? XmlForm.TEXT : XmlForm.ATTRIBUTE;
                return Field.of(a.name(), new Scalar(value), form);
            case RECORD:
                return element(a.name(), record(value));
            case RECORD_LIST:
                if (a.itemName() != null) {
                    List<Field> items = new ArrayList<>();
                    for (Object item : (List<?>) value) {
                        items.add(element(a.itemName(), record(item)));
                    }
                    return new Field(a.name(), new Items(items), XmlForm.CHILDREN, a.wrapper());
                }
                break;
            default:
                break;
        }
        throw new IllegalStateException("no layout for " + shape.type().getSimpleName() + "." + a.componentName()
                + " (" + a.kind() + ")");
    }

    private static boolean isScalar(Attribute a) {
        switch (a.kind()) {
            case STRING:
            case BOOLEAN:
            case INTEGER:
            case LONG:
            case BIG_INTEGER:
                return true;
            default:
                return false;
        }
    }

    private static Field element(String name, DocNode value) {
        return Field.of(name, value, XmlForm.ELEMENT);
    }

    private static void addScalar(List<Field> into, String name, Object value, XmlForm form) {
        if (value != null) {
            into.add(Field.of(name, new Scalar(value), form));
        }
    }
}
