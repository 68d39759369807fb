/* claimline-timeline.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "claimline-compare.h"

G_BEGIN_DECLS

/* One dated event of a story: a point (one day) or a period, possibly
 * open at one end ("since 2020", "by 2027"). */
typedef struct
{
  char       *low;        /* "YYYY-MM-DD" or NULL when open before */
  char       *high;       /* "YYYY-MM-DD" or NULL when open after */
  char       *value;      /* TIMEX3 value: "2024", "2025-06-08", "2025-H1" */
  char       *label;      /* "Scale AI founded", "Scale AI revenue $870 million" */
  GPtrArray  *outlets;    /* char*: who places it there */
  GPtrArray  *claims;     /* ClaimlineClaim* (borrowed from the groups) placing it */
  gint64      group_id;
  gboolean    inferred;   /* every placing depends on an inferred publication date */
  gboolean    approximate;/* "earlier this year", "about 2020" */
  gboolean    conflict;   /* the group places the same fact at other times too */
} ClaimlineTimelineEvent;

void       claimline_timeline_event_free (ClaimlineTimelineEvent *event);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineTimelineEvent, claimline_timeline_event_free)

/* The events of a story from its claim groups, in date order.  A group in
 * conflict on time gives one event at each time, all marked conflict.  The
 * events borrow claims from GROUPS, which must outlive them. */
GPtrArray *claimline_timeline_build (GPtrArray *groups);

G_END_DECLS
