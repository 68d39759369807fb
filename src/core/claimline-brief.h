/* claimline-brief.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "claimline-compare.h"
#include "claimline-story.h"

G_BEGIN_DECLS

typedef enum
{
  CLAIMLINE_BRIEF_MARKDOWN,
  CLAIMLINE_BRIEF_HTML,
  CLAIMLINE_BRIEF_JSON,
} ClaimlineBriefFormat;

gboolean claimline_brief_format_from_string (const char           *text,
                                             ClaimlineBriefFormat *out_format);

/* A story brief a reporter could paste into a note: title and dates, the
 * conflicts (each with the differing wording and who says what), the
 * corroborated figures with how many outlets, the single-source and hedged
 * claims, then the timeline.  GROUPS as claimline_store_load_story_groups()
 * gives them. */
char    *claimline_brief_render             (const ClaimlineStory *story,
                                             GPtrArray            *groups,
                                             ClaimlineBriefFormat  format);

G_END_DECLS
