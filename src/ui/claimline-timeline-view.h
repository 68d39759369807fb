/* claimline-timeline-view.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "claimline-timeline.h"

G_BEGIN_DECLS

#define CLAIMLINE_TYPE_TIMELINE_VIEW (claimline_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (ClaimlineTimelineView, claimline_timeline_view, CLAIMLINE, TIMELINE_VIEW, GtkWidget)

/* The dated events of a story on a zoomable time axis.  Ctrl+scroll and a
 * pinch zoom, a drag or a scroll pans; Left and Right move between events,
 * + and - zoom, Home fits the story and Enter (or a click) emits
 * ::event-activated.  The focused event is the widget's accessible
 * description and its tooltip tells the date, sources and wording. */
GtkWidget                    *claimline_timeline_view_new            (void);
/* Shows the events of GROUPS (ClaimlineClaimGroup*, as
 * claimline_store_load_story_groups() gives them; referenced), fitted;
 * NULL clears. */
void                          claimline_timeline_view_set_groups     (ClaimlineTimelineView *self,
                                                                      GPtrArray             *groups);
guint                         claimline_timeline_view_get_n_events   (ClaimlineTimelineView *self);
const ClaimlineTimelineEvent *claimline_timeline_view_get_event      (ClaimlineTimelineView *self,
                                                                      guint                  index);
/* The selected event, or -1. */
int                           claimline_timeline_view_get_selected   (ClaimlineTimelineView *self);
/* Selects the event and brings it on screen (zooming in when it sits in a
 * count badge); -1 selects none. */
void                          claimline_timeline_view_select_event   (ClaimlineTimelineView *self,
                                                                      int                    index);
/* Selects the event the claim CLAIM_ID places (or, failing that, the first
 * of GROUP_ID); returns its index or -1. */
int                           claimline_timeline_view_highlight_claim (ClaimlineTimelineView *self,
                                                                       gint64                 claim_id,
                                                                       gint64                 group_id);
/* Where the event is drawn, in widget coordinates; FALSE when it is off
 * screen or in a count badge. */
gboolean                      claimline_timeline_view_get_event_area (ClaimlineTimelineView *self,
                                                                      guint                  index,
                                                                      graphene_rect_t       *area);
/* The event's label, normalised date, certainty, sources and wording, as
 * plain text (the accessible description) or Pango markup (the tooltip). */
char                         *claimline_timeline_view_describe_event (ClaimlineTimelineView *self,
                                                                      guint                  index,
                                                                      gboolean               markup);
/* The claim of the event to open: the first one placing it. */
const ClaimlineClaim         *claimline_timeline_view_get_event_claim (ClaimlineTimelineView *self,
                                                                       guint                  index);
void                          claimline_timeline_view_fit            (ClaimlineTimelineView *self);
void                          claimline_timeline_view_zoom           (ClaimlineTimelineView *self,
                                                                      double                 factor);
/* Writes the timeline as it is shown (view and colours) to PATH, as SVG
 * or PNG, through the same drawing code as the screen. */
gboolean                      claimline_timeline_view_export         (ClaimlineTimelineView  *self,
                                                                      gboolean                svg,
                                                                      const char             *path,
                                                                      GError                **error);
/* Pixels per day of the view. */
double                        claimline_timeline_view_get_zoom       (ClaimlineTimelineView *self);

G_END_DECLS
