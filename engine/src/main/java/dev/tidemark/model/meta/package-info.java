// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
/**
 * Annotations that describe how a model record is written in a changelog. The readers, the
 * writers and the schema generators all read them, so the four agree by construction.
 */
package dev.tidemark.model.meta;
