/* claimline-debris.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Removes page debris from PARAGRAPHS (an array of strings owned by the
 * array), in place: paragraphs matching the cues of the debris-cues
 * lexicon, the tail of the page after a "cut" cue, short label lines after
 * the last real paragraph and a section tag glued to the end of the text.
 * Real paragraphs, and the subheadings between them, are never touched. */
void claimline_debris_remove (GPtrArray *paragraphs);

G_END_DECLS
