// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.modifysql;

/** One method per modifySql edit. */
public interface SqlModifierVisitor<R> {
    R visitReplace(Replace replace);

    R visitRegExpReplace(RegExpReplace regExpReplace);

    R visitPrepend(Prepend prepend);

    R visitAppend(Append append);
}
