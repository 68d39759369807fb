/* claimline-timeline-axis.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The maths of the timeline, shared by the widget, the exports and the
 * tests: where a day falls on screen, which ticks the axis shows at a zoom
 * level, and how events stack into rows.  Days are counted as in GDate's
 * Julian numbering (0001-01-01 is day 1) and may be fractional: day d
 * covers [d, d + 1). */

/* The visible window on time: START is the day at x = 0. */
typedef struct
{
  double start;
  double px_per_day;
  double width;
} ClaimlineTimelineViewport;

/* From about a century on a screen to a few hours per pixel. */
#define CLAIMLINE_TIMELINE_MIN_PX_PER_DAY (1.0 / 60.0)
#define CLAIMLINE_TIMELINE_MAX_PX_PER_DAY 600.0

/* "YYYY-MM-DD" (or "YYYY-MM", "YYYY") to its first day; FALSE if it is
 * not a date. */
gboolean claimline_timeline_parse_day        (const char                  *text,
                                              double                      *out_day);
/* The inverse: year, month (1-12) and day of month of day number DAY. */
void     claimline_timeline_day_to_date      (double                       day,
                                              int                         *out_year,
                                              int                         *out_month,
                                              int                         *out_day);
double   claimline_timeline_date_to_day      (int                          year,
                                              int                          month,
                                              int                          day);

double   claimline_timeline_viewport_day_to_x    (const ClaimlineTimelineViewport *view,
                                              double                       day);
double   claimline_timeline_viewport_x_to_day    (const ClaimlineTimelineViewport *view,
                                              double                       x);
/* Scales by FACTOR keeping the day under ANCHOR_X in place, within the
 * zoom limits. */
void     claimline_timeline_viewport_zoom        (ClaimlineTimelineViewport       *view,
                                              double                       factor,
                                              double                       anchor_x);
void     claimline_timeline_viewport_pan         (ClaimlineTimelineViewport       *view,
                                              double                       dx);
/* Shows the days FIRST to LAST (exclusive) with MARGIN pixels each side;
 * a range shorter than two weeks is widened around its middle. */
void     claimline_timeline_viewport_fit         (ClaimlineTimelineViewport       *view,
                                              double                       first,
                                              double                       last,
                                              double                       margin);

typedef enum
{
  CLAIMLINE_TIMELINE_UNIT_DAY,
  CLAIMLINE_TIMELINE_UNIT_MONTH,
  CLAIMLINE_TIMELINE_UNIT_QUARTER,
  CLAIMLINE_TIMELINE_UNIT_YEAR,
  CLAIMLINE_TIMELINE_UNIT_DECADE,
} ClaimlineTimelineUnit;

/* A spacing of ticks: every STEP units. */
typedef struct
{
  ClaimlineTimelineUnit unit;
  int                   step;
} ClaimlineTimelineScale;

typedef struct
{
  double                x;
  int                   year;
  int                   month;
  int                   day;
  ClaimlineTimelineUnit unit;   /* what its label names */
  gboolean              major;  /* labelled */
} ClaimlineTimelineTick;

/* The labelled spacing at PX_PER_DAY: the finest whose ticks stand at
 * least the width a label of its kind needs apart. */
ClaimlineTimelineScale claimline_timeline_choose_scale (double px_per_day);
/* The ticks visible in VIEW: the labelled ones of the chosen scale and,
 * when they are at least a few pixels apart, unlabelled ones of the next
 * finer unit.  In x order. */
GArray  *claimline_timeline_viewport_ticks       (const ClaimlineTimelineViewport *view);

/* What the row layout needs of an event, in pixels: the extent of its mark
 * (X0..X1; equal for a point) and the width of its label, drawn from LABEL_X
 * (usually x0 past the left edge of the view).  The layout fills ROW. */
typedef struct
{
  double x0;
  double x1;
  double label_x;
  double label_width;
  int    row;        /* 0.., or -1 when it went into a cluster, -2 off screen */
  int    cluster;    /* index into the clusters, or -1 */
} ClaimlineTimelineSlot;

/* Events too dense to label, shown as one count badge at X. */
typedef struct
{
  double x;
  guint  count;
  guint  first;      /* the first of its slots, in the order given */
} ClaimlineTimelineCluster;

/* The width of slot INDEX's label, asked for only when the layout needs
 * it: measuring text is the costly part and most slots of a dense view end
 * up in clusters without it. */
typedef double (*ClaimlineTimelineMeasureFunc) (guint    index,
                                                gpointer user_data);

/* Stacks SLOTS (in date order) into at most MAX_ROWS rows so that no two
 * extents (mark and label, plus GAP) of one row overlap; a slot that fits
 * in no row joins the cluster within CLUSTER_WIDTH pixels to its left, or
 * starts one.  Slots whose mark ends left of 0 or that start right of
 * WIDTH are left out (row -2).  A
 * slot whose label_width is negative gets it from MEASURE when needed
 * (MEASURE may be NULL when every width is given).  Returns the clusters
 * (ClaimlineTimelineCluster) and the number of rows used in OUT_N_ROWS. */
GArray  *claimline_timeline_layout_rows      (ClaimlineTimelineSlot       *slots,
                                              guint                        n_slots,
                                              double                       width,
                                              guint                        max_rows,
                                              double                       gap,
                                              double                       cluster_width,
                                              ClaimlineTimelineMeasureFunc measure,
                                              gpointer                     user_data,
                                              guint                       *out_n_rows);

G_END_DECLS
