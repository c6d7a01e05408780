// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.tree;

/**
 * How a tree spells nested things. {@code XML}: list items repeat as same-named entries, text
 * bodies sit under {@link MapNode#TEXT}. {@code TREE} (YAML, JSON, formatted SQL): lists are
 * lists of one-key maps under the component's name, text bodies are ordinary keys.
 */
public enum Flavor { XML, TREE }
