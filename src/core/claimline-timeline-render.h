/* claimline-timeline-render.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "claimline-timeline.h"
#include "claimline-timeline-axis.h"

G_BEGIN_DECLS

/* Drawing a story's timeline with cairo and Pango: the widget draws its
 * frames with it and the exports (PNG, SVG, the CLI's --png and --svg)
 * draw through the same code. */

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} ClaimlineTimelineColor;

/* The widget fills it from its CSS colours, the exports take the light
 * defaults. */
typedef struct
{
  ClaimlineTimelineColor background;  /* alpha 0: leave the surface as it is */
  ClaimlineTimelineColor foreground;  /* labels */
  ClaimlineTimelineColor dim;         /* the axis, its labels, inferred events */
  ClaimlineTimelineColor event;       /* marks */
  ClaimlineTimelineColor conflict;    /* events the outlets place differently */
  ClaimlineTimelineColor selection;   /* the selected event's ring */
} ClaimlineTimelinePalette;

void claimline_timeline_palette_init_default (ClaimlineTimelinePalette *palette,
                                              gboolean                  dark);

/* The label of an axis tick: "2024", "Q3 2025", "Jun", "Jan 2025", "8". */
char *claimline_timeline_format_tick (const ClaimlineTimelineTick *tick);

typedef struct _ClaimlineTimelineScene ClaimlineTimelineScene;

/* EVENTS (ClaimlineTimelineEvent*, as claimline_timeline_build() gives
 * them, referenced) measured with CONTEXT's fonts. */
ClaimlineTimelineScene *claimline_timeline_scene_new          (GPtrArray              *events,
                                                               PangoContext           *context);
void                    claimline_timeline_scene_free         (ClaimlineTimelineScene *scene);
GPtrArray              *claimline_timeline_scene_get_events   (ClaimlineTimelineScene *scene);
/* The days an event covers, [*first, *last); an open end is taken as a
 * few years from the other. */
void                    claimline_timeline_scene_get_event_days (ClaimlineTimelineScene *scene,
                                                                 guint                   index,
                                                                 double                 *first,
                                                                 double                 *last);
/* The first and last day of all events; FALSE when there are none. */
gboolean                claimline_timeline_scene_get_range    (ClaimlineTimelineScene *scene,
                                                               double                 *first,
                                                               double                 *last);
/* Fits VIEW (its width set) to the days FIRST..LAST, leaving room on the
 * right for the labels of the last events. */
void                    claimline_timeline_scene_fit          (ClaimlineTimelineScene *scene,
                                                               ClaimlineTimelineViewport  *view,
                                                               double                  first,
                                                               double                  last);
/* Lays the events out for VIEW in HEIGHT pixels (rows below the axis). */
void                    claimline_timeline_scene_layout       (ClaimlineTimelineScene      *scene,
                                                               const ClaimlineTimelineViewport *view,
                                                               double                       height);
/* The height that shows every row of the layout without clustering
 * (up to MAX_HEIGHT), for exports. */
double                  claimline_timeline_scene_natural_height (ClaimlineTimelineScene      *scene,
                                                                 const ClaimlineTimelineViewport *view,
                                                                 double                       max_height);
/* The layout's slot of an event (row -1: in a cluster, -2: off screen). */
const ClaimlineTimelineSlot *claimline_timeline_scene_get_slot (ClaimlineTimelineScene *scene,
                                                                guint                   index);
const ClaimlineTimelineViewport *claimline_timeline_scene_get_view (ClaimlineTimelineScene *scene);
/* Where the event's mark and label stand: FALSE when not drawn alone. */
gboolean                claimline_timeline_scene_get_event_rect (ClaimlineTimelineScene *scene,
                                                                 guint                   index,
                                                                 double                 *x,
                                                                 double                 *y,
                                                                 double                 *width,
                                                                 double                 *height);
/* The event at X, Y (-1 for none); a count badge gives its first event
 * and sets *IS_CLUSTER. */
int                     claimline_timeline_scene_hit          (ClaimlineTimelineScene *scene,
                                                               double                  x,
                                                               double                  y,
                                                               gboolean               *is_cluster);
/* Draws the laid-out scene; SELECTED is an event index or -1. */
void                    claimline_timeline_scene_draw         (ClaimlineTimelineScene         *scene,
                                                               cairo_t                        *cr,
                                                               const ClaimlineTimelinePalette *palette,
                                                               int                             selected);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineTimelineScene, claimline_timeline_scene_free)

typedef enum
{
  CLAIMLINE_TIMELINE_EXPORT_PNG,
  CLAIMLINE_TIMELINE_EXPORT_SVG,
} ClaimlineTimelineExportFormat;

/* Writes EVENTS fitted into WIDTH pixels (the height follows the rows) to
 * PATH; VIEW, when given, is used instead of fitting. */
gboolean claimline_timeline_export (GPtrArray                      *events,
                                    const ClaimlineTimelineViewport    *view,
                                    double                          width,
                                    const ClaimlineTimelinePalette *palette,
                                    ClaimlineTimelineExportFormat   format,
                                    const char                     *path,
                                    GError                        **error);

G_END_DECLS
