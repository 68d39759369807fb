/* claimline-timeline-axis.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "claimline-timeline-axis.h"

#define DAYS_PER_YEAR 365.2425

gboolean
claimline_timeline_parse_day (const char *text,
                              double     *out_day)
{
  int year = 0, month = 1, day = 1;
  int n;

  g_return_val_if_fail (out_day != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  n = sscanf (text, "%4d-%2d-%2d", &year, &month, &day);
  if (n < 1 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  *out_day = claimline_timeline_date_to_day (year, month, day);
  return TRUE;
}

double
claimline_timeline_date_to_day (int year,
                                int month,
                                int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, CLAMP (day, 1, 31), CLAMP (month, 1, 12), CLAMP (year, 1, 9999));
  return g_date_get_julian (&date);
}

void
claimline_timeline_day_to_date (double  day,
                                int    *out_year,
                                int    *out_month,
                                int    *out_day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) CLAMP (floor (day), 1.0, 3652059.0));
  *out_year = g_date_get_year (&date);
  *out_month = g_date_get_month (&date);
  *out_day = g_date_get_day (&date);
}

double
claimline_timeline_viewport_day_to_x (const ClaimlineTimelineViewport *view,
                                  double                       day)
{
  return (day - view->start) * view->px_per_day;
}

double
claimline_timeline_viewport_x_to_day (const ClaimlineTimelineViewport *view,
                                  double                       x)
{
  return view->start + x / view->px_per_day;
}

void
claimline_timeline_viewport_zoom (ClaimlineTimelineViewport *view,
                              double                 factor,
                              double                 anchor_x)
{
  double anchor_day = claimline_timeline_viewport_x_to_day (view, anchor_x);

  view->px_per_day = CLAMP (view->px_per_day * factor, CLAIMLINE_TIMELINE_MIN_PX_PER_DAY,
                            CLAIMLINE_TIMELINE_MAX_PX_PER_DAY);
  view->start = anchor_day - anchor_x / view->px_per_day;
}

void
claimline_timeline_viewport_pan (ClaimlineTimelineViewport *view,
                             double                 dx)
{
  view->start -= dx / view->px_per_day;
}

void
claimline_timeline_viewport_fit (ClaimlineTimelineViewport *view,
                             double                 first,
                             double                 last,
                             double                 margin)
{
  double usable = MAX (view->width - 2 * margin, 1.0);
  double span = last - first;

  if (span < 14.0)
    {
      double middle = (first + last) / 2.0;

      first = middle - 7.0;
      span = 14.0;
    }
  view->px_per_day = CLAMP (usable / span, CLAIMLINE_TIMELINE_MIN_PX_PER_DAY,
                            CLAIMLINE_TIMELINE_MAX_PX_PER_DAY);
  /* Centre the range when the zoom limit leaves room to spare. */
  view->start = first - (view->width - span * view->px_per_day) / 2.0 / view->px_per_day;
}

/* The nominal length of one STEP of UNIT, in days. */
static double
scale_days (ClaimlineTimelineScale scale)
{
  switch (scale.unit)
    {
    case CLAIMLINE_TIMELINE_UNIT_DAY:
      return scale.step;
    case CLAIMLINE_TIMELINE_UNIT_MONTH:
      return scale.step * DAYS_PER_YEAR / 12.0;
    case CLAIMLINE_TIMELINE_UNIT_QUARTER:
      return scale.step * DAYS_PER_YEAR / 4.0;
    case CLAIMLINE_TIMELINE_UNIT_YEAR:
      return scale.step * DAYS_PER_YEAR;
    case CLAIMLINE_TIMELINE_UNIT_DECADE:
    default:
      return scale.step * DAYS_PER_YEAR * 10.0;
    }
}

/* Finest first, each with the room its label needs ("8", "Jun", "Q3 2025",
 * "2024"). */
static const struct
{
  ClaimlineTimelineScale scale;
  double                 min_px;
} scales[] = {
  { { CLAIMLINE_TIMELINE_UNIT_DAY, 1 }, 28 },
  { { CLAIMLINE_TIMELINE_UNIT_DAY, 2 }, 28 },
  { { CLAIMLINE_TIMELINE_UNIT_DAY, 7 }, 28 },
  { { CLAIMLINE_TIMELINE_UNIT_MONTH, 1 }, 64 },
  { { CLAIMLINE_TIMELINE_UNIT_QUARTER, 1 }, 72 },
  { { CLAIMLINE_TIMELINE_UNIT_YEAR, 1 }, 44 },
  { { CLAIMLINE_TIMELINE_UNIT_YEAR, 2 }, 44 },
  { { CLAIMLINE_TIMELINE_UNIT_YEAR, 5 }, 44 },
  { { CLAIMLINE_TIMELINE_UNIT_DECADE, 1 }, 44 },
  { { CLAIMLINE_TIMELINE_UNIT_DECADE, 2 }, 44 },
  { { CLAIMLINE_TIMELINE_UNIT_DECADE, 5 }, 44 },
  { { CLAIMLINE_TIMELINE_UNIT_DECADE, 10 }, 44 },
};

ClaimlineTimelineScale
claimline_timeline_choose_scale (double px_per_day)
{
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    if (scale_days (scales[i].scale) * px_per_day >= scales[i].min_px)
      return scales[i].scale;
  return scales[G_N_ELEMENTS (scales) - 1].scale;
}

/* The unlabelled ticks between labelled ones: one unit finer, when they
 * would stand at least MIN_MINOR_PX apart. */
#define MIN_MINOR_PX 6.0

static gboolean
choose_minor (ClaimlineTimelineScale  major,
              double                  px_per_day,
              ClaimlineTimelineScale *out_minor)
{
  ClaimlineTimelineScale minor = { major.unit, 1 };

  if (major.step == 1)
    {
      if (major.unit == CLAIMLINE_TIMELINE_UNIT_DAY)
        return FALSE;
      minor.unit = major.unit - 1;
    }
  if (scale_days (minor) * px_per_day < MIN_MINOR_PX)
    return FALSE;
  *out_minor = minor;
  return TRUE;
}

/* The first tick of SCALE at or before DAY. */
static void
align_down (ClaimlineTimelineScale scale,
            double                 day,
            int                   *year,
            int                   *month,
            int                   *mday)
{
  claimline_timeline_day_to_date (day, year, month, mday);
  switch (scale.unit)
    {
    case CLAIMLINE_TIMELINE_UNIT_DAY:
      if (scale.step > 1)
        *mday = 1 + ((*mday - 1) / scale.step) * scale.step;
      break;
    case CLAIMLINE_TIMELINE_UNIT_MONTH:
      *mday = 1;
      *month = 1 + ((*month - 1) / scale.step) * scale.step;
      break;
    case CLAIMLINE_TIMELINE_UNIT_QUARTER:
      *mday = 1;
      *month = 1 + ((*month - 1) / 3) * 3;
      break;
    case CLAIMLINE_TIMELINE_UNIT_YEAR:
    case CLAIMLINE_TIMELINE_UNIT_DECADE:
    default:
      {
        int years = scale.unit == CLAIMLINE_TIMELINE_UNIT_YEAR ? scale.step : scale.step * 10;

        *mday = 1;
        *month = 1;
        *year = MAX ((*year / years) * years, 1);
      }
      break;
    }
}

/* Moves to the next tick of SCALE. */
static void
advance (ClaimlineTimelineScale scale,
         int                   *year,
         int                   *month,
         int                   *mday)
{
  switch (scale.unit)
    {
    case CLAIMLINE_TIMELINE_UNIT_DAY:
      {
        int days_in_month = g_date_get_days_in_month (*month, *year);

        *mday += scale.step;
        /* Steps restart at the 1st so ticks fall on the same days each
         * month; a last stub shorter than half a step is skipped. */
        if (*mday > days_in_month
            || (scale.step > 1 && days_in_month - *mday + 1 < (scale.step + 1) / 2))
          {
            *mday = 1;
            if (++(*month) > 12)
              {
                *month = 1;
                (*year)++;
              }
          }
      }
      break;
    case CLAIMLINE_TIMELINE_UNIT_MONTH:
    case CLAIMLINE_TIMELINE_UNIT_QUARTER:
      *month += scale.unit == CLAIMLINE_TIMELINE_UNIT_QUARTER ? 3 : scale.step;
      while (*month > 12)
        {
          *month -= 12;
          (*year)++;
        }
      break;
    case CLAIMLINE_TIMELINE_UNIT_YEAR:
      *year += scale.step;
      break;
    case CLAIMLINE_TIMELINE_UNIT_DECADE:
    default:
      *year += scale.step * 10;
      break;
    }
}

static void
add_ticks (GArray                      *ticks,
           const ClaimlineTimelineViewport *view,
           ClaimlineTimelineScale       scale,
           gboolean                     major)
{
  double last = claimline_timeline_viewport_x_to_day (view, view->width);
  int year, month, mday;

  align_down (scale, claimline_timeline_viewport_x_to_day (view, 0), &year, &month, &mday);
  while (year <= 9999)
    {
      double day = claimline_timeline_date_to_day (year, month, mday);
      ClaimlineTimelineTick tick = { 0 };

      if (day > last)
        break;
      tick.x = claimline_timeline_viewport_day_to_x (view, day);
      tick.year = year;
      tick.month = month;
      tick.day = mday;
      tick.unit = scale.unit;
      tick.major = major;
      if (tick.x >= 0)
        g_array_append_val (ticks, tick);
      advance (scale, &year, &month, &mday);
    }
}

static int
compare_ticks (gconstpointer a,
               gconstpointer b)
{
  const ClaimlineTimelineTick *ta = a;
  const ClaimlineTimelineTick *tb = b;

  if (ta->x != tb->x)
    return ta->x < tb->x ? -1 : 1;
  /* The labelled tick first, so that a pass that skips repeats keeps it. */
  return tb->major - ta->major;
}

GArray *
claimline_timeline_viewport_ticks (const ClaimlineTimelineViewport *view)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (ClaimlineTimelineTick));
  ClaimlineTimelineScale major = claimline_timeline_choose_scale (view->px_per_day);
  ClaimlineTimelineScale minor;
  GArray *minors;

  g_return_val_if_fail (view->px_per_day > 0, ticks);

  add_ticks (ticks, view, major, TRUE);
  if (!choose_minor (major, view->px_per_day, &minor))
    return ticks;

  /* Minor ticks where no labelled one stands. */
  minors = g_array_new (FALSE, FALSE, sizeof (ClaimlineTimelineTick));
  add_ticks (minors, view, minor, FALSE);
  g_array_append_vals (ticks, minors->data, minors->len);
  g_array_unref (minors);
  g_array_sort (ticks, compare_ticks);
  for (guint i = 1; i < ticks->len;)
    {
      if (fabs (g_array_index (ticks, ClaimlineTimelineTick, i).x
                - g_array_index (ticks, ClaimlineTimelineTick, i - 1).x) < 0.5)
        g_array_remove_index (ticks, i);
      else
        i++;
    }
  return ticks;
}

static double
slot_left (const ClaimlineTimelineSlot *slot)
{
  return MIN (slot->x0, slot->label_x);
}

static double
slot_right (const ClaimlineTimelineSlot *slot)
{
  return MAX (slot->x1, slot->label_x + slot->label_width);
}

static void
ensure_width (ClaimlineTimelineSlot        *slots,
              guint                         index,
              ClaimlineTimelineMeasureFunc  measure,
              gpointer                      user_data)
{
  if (slots[index].label_width < 0)
    slots[index].label_width = measure != NULL ? MAX (measure (index, user_data), 0) : 0;
}

GArray *
claimline_timeline_layout_rows (ClaimlineTimelineSlot        *slots,
                                guint                         n_slots,
                                double                        width,
                                guint                         max_rows,
                                double                        gap,
                                double                        cluster_width,
                                ClaimlineTimelineMeasureFunc  measure,
                                gpointer                      user_data,
                                guint                        *out_n_rows)
{
  GArray *clusters = g_array_new (FALSE, FALSE, sizeof (ClaimlineTimelineCluster));
  g_autofree double *row_end = g_new (double, MAX (max_rows, 1));
  guint n_rows = 0;

  for (guint i = 0; i < n_slots; i++)
    {
      ClaimlineTimelineSlot *slot = &slots[i];
      double left = slot_left (slot);
      guint row;

      slot->cluster = -1;
      /* A label follows its mark: once the mark has left the view, so has
       * the event. */
      if (slot->x1 < 0 || left > width)
        {
          slot->row = -2;
          continue;
        }

      /* First fit: the top-most row whose last extent ends before this. */
      for (row = 0; row < n_rows; row++)
        if (row_end[row] + gap <= left)
          break;
      if (row < max_rows)
        {
          ensure_width (slots, i, measure, user_data);
          slot->row = (int) row;
          row_end[row] = slot_right (slot);
          n_rows = MAX (n_rows, row + 1);
          continue;
        }

      slot->row = -1;
      {
        double x = CLAMP ((slot->x0 + slot->x1) / 2.0, 0, width);
        ClaimlineTimelineCluster *last = clusters->len > 0
          ? &g_array_index (clusters, ClaimlineTimelineCluster, clusters->len - 1) : NULL;

        if (last != NULL && x - last->x <= cluster_width)
          last->count++;
        else
          {
            ClaimlineTimelineCluster cluster = { x, 1, i };

            g_array_append_val (clusters, cluster);
          }
        slot->cluster = (int) clusters->len - 1;
      }
    }

  if (out_n_rows != NULL)
    *out_n_rows = n_rows;
  return clusters;
}
