/* test-timeline-axis.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline's maths, headless: day numbers, date <-> pixel round trips,
 * the tick scale at each zoom level, the row layout (no two labels of a
 * row overlap, clusters take the rest) and fitting; then the scene the
 * widget and the exports draw, on a few hand-made events.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "claimline-timeline-axis.h"
#include "claimline-timeline-render.h"

static void
test_days (void)
{
  double day;
  int year, month, mday;

  g_assert_true (claimline_timeline_parse_day ("2025-06-08", &day));
  g_assert_cmpfloat (day, ==, claimline_timeline_date_to_day (2025, 6, 8));
  claimline_timeline_day_to_date (day + 0.75, &year, &month, &mday);
  g_assert_cmpint (year, ==, 2025);
  g_assert_cmpint (month, ==, 6);
  g_assert_cmpint (mday, ==, 8);

  g_assert_true (claimline_timeline_parse_day ("2024", &day));
  g_assert_cmpfloat (day, ==, claimline_timeline_date_to_day (2024, 1, 1));
  g_assert_true (claimline_timeline_parse_day ("2024-12-31", &day));
  g_assert_cmpfloat (claimline_timeline_date_to_day (2025, 1, 1) - day, ==, 1);

  g_assert_false (claimline_timeline_parse_day (NULL, &day));
  g_assert_false (claimline_timeline_parse_day ("soon", &day));
  g_assert_false (claimline_timeline_parse_day ("2025-02-30", &day));
}

static void
test_round_trip (void)
{
  static const double zooms[] = { CLAIMLINE_TIMELINE_MIN_PX_PER_DAY, 0.1, 1, 7.5, 60,
                                  CLAIMLINE_TIMELINE_MAX_PX_PER_DAY };

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      ClaimlineTimelineViewport view = { claimline_timeline_date_to_day (2010, 3, 1), zooms[z], 1200 };

      for (int year = 1990; year <= 2040; year += 7)
        {
          double day = claimline_timeline_date_to_day (year, 1 + year % 12, 1 + year % 28);
          double x = claimline_timeline_viewport_day_to_x (&view, day);
          int y, m, d;

          g_assert_cmpfloat_with_epsilon (claimline_timeline_viewport_x_to_day (&view, x), day, 1e-6);
          claimline_timeline_day_to_date (claimline_timeline_viewport_x_to_day (&view, x) + 1e-9, &y, &m, &d);
          g_assert_cmpint (y, ==, year);
          g_assert_cmpint (m, ==, 1 + year % 12);
          g_assert_cmpint (d, ==, 1 + year % 28);
        }
      /* Later days lie further right. */
      g_assert_cmpfloat (claimline_timeline_viewport_day_to_x (&view, view.start + 10), >,
                         claimline_timeline_viewport_day_to_x (&view, view.start + 9));
    }
}

static void
test_scale_per_zoom (void)
{
  static const struct
  {
    double                px_per_day;
    ClaimlineTimelineUnit unit;
    int                   step;
  } cases[] = {
    { 0.017, CLAIMLINE_TIMELINE_UNIT_DECADE, 1 },  /* a century across the screen */
    { 0.05, CLAIMLINE_TIMELINE_UNIT_YEAR, 5 },
    { 0.11, CLAIMLINE_TIMELINE_UNIT_YEAR, 2 },     /* 30 years in 1200 px */
    { 0.2, CLAIMLINE_TIMELINE_UNIT_YEAR, 1 },
    { 1.0, CLAIMLINE_TIMELINE_UNIT_QUARTER, 1 },
    { 3.0, CLAIMLINE_TIMELINE_UNIT_MONTH, 1 },
    { 5.0, CLAIMLINE_TIMELINE_UNIT_DAY, 7 },
    { 15.0, CLAIMLINE_TIMELINE_UNIT_DAY, 2 },
    { 50.0, CLAIMLINE_TIMELINE_UNIT_DAY, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ClaimlineTimelineScale scale = claimline_timeline_choose_scale (cases[i].px_per_day);

      g_test_message ("%g px/day", cases[i].px_per_day);
      g_assert_cmpint (scale.unit, ==, cases[i].unit);
      g_assert_cmpint (scale.step, ==, cases[i].step);
    }

  /* Zooming in never makes the scale coarser. */
  for (double z = CLAIMLINE_TIMELINE_MIN_PX_PER_DAY; z < CLAIMLINE_TIMELINE_MAX_PX_PER_DAY; z *= 1.1)
    {
      ClaimlineTimelineScale a = claimline_timeline_choose_scale (z);
      ClaimlineTimelineScale b = claimline_timeline_choose_scale (z * 1.1);

      g_assert_true (b.unit < a.unit || (b.unit == a.unit && b.step <= a.step));
    }
}

static void
check_ticks (double                px_per_day,
             ClaimlineTimelineUnit unit,
             double                min_gap)
{
  ClaimlineTimelineViewport view = { claimline_timeline_date_to_day (2024, 11, 17), px_per_day, 1200 };
  g_autoptr(GArray) ticks = claimline_timeline_viewport_ticks (&view);
  double last_major = -G_MAXDOUBLE;
  guint n_major = 0;

  g_assert_cmpuint (ticks->len, >, 1);
  for (guint i = 0; i < ticks->len; i++)
    {
      const ClaimlineTimelineTick *tick = &g_array_index (ticks, ClaimlineTimelineTick, i);
      double day = claimline_timeline_date_to_day (tick->year, tick->month, tick->day);

      g_assert_cmpfloat (tick->x, >=, 0);
      g_assert_cmpfloat (tick->x, <=, view.width);
      g_assert_cmpfloat_with_epsilon (tick->x, claimline_timeline_viewport_day_to_x (&view, day), 1e-6);
      if (i > 0)
        g_assert_cmpfloat (tick->x, >, g_array_index (ticks, ClaimlineTimelineTick, i - 1).x);
      if (!tick->major)
        continue;
      n_major++;
      g_assert_cmpint (tick->unit, ==, unit);
      g_assert_cmpfloat (tick->x - last_major, >=, min_gap);
      last_major = tick->x;
      switch (unit)
        {
        case CLAIMLINE_TIMELINE_UNIT_DECADE:
          g_assert_cmpint (tick->year % 10, ==, 0);
          G_GNUC_FALLTHROUGH;
        case CLAIMLINE_TIMELINE_UNIT_YEAR:
          g_assert_cmpint (tick->month, ==, 1);
          G_GNUC_FALLTHROUGH;
        case CLAIMLINE_TIMELINE_UNIT_MONTH:
          g_assert_cmpint (tick->day, ==, 1);
          break;
        case CLAIMLINE_TIMELINE_UNIT_QUARTER:
          g_assert_cmpint ((tick->month - 1) % 3, ==, 0);
          g_assert_cmpint (tick->day, ==, 1);
          break;
        case CLAIMLINE_TIMELINE_UNIT_DAY:
        default:
          break;
        }
    }
  g_assert_cmpuint (n_major, >=, 2);
}

static void
test_ticks (void)
{
  check_ticks (0.017, CLAIMLINE_TIMELINE_UNIT_DECADE, 50);
  check_ticks (0.2, CLAIMLINE_TIMELINE_UNIT_YEAR, 50);
  check_ticks (1.0, CLAIMLINE_TIMELINE_UNIT_QUARTER, 80);
  check_ticks (3.0, CLAIMLINE_TIMELINE_UNIT_MONTH, 80);
  check_ticks (5.0, CLAIMLINE_TIMELINE_UNIT_DAY, 14);
  check_ticks (50.0, CLAIMLINE_TIMELINE_UNIT_DAY, 50);
}

static void
test_tick_labels (void)
{
  ClaimlineTimelineTick tick = { 0, 2025, 1, 1, CLAIMLINE_TIMELINE_UNIT_MONTH, TRUE };
  g_autofree char *january = claimline_timeline_format_tick (&tick);
  g_autofree char *june = NULL;
  g_autofree char *quarter = NULL;
  g_autofree char *year = NULL;
  g_autofree char *day = NULL;

  g_assert_cmpstr (january, ==, "Jan 2025");
  tick.month = 6;
  june = claimline_timeline_format_tick (&tick);
  g_assert_cmpstr (june, ==, "Jun");
  tick.unit = CLAIMLINE_TIMELINE_UNIT_QUARTER;
  tick.month = 7;
  quarter = claimline_timeline_format_tick (&tick);
  g_assert_cmpstr (quarter, ==, "Q3 2025");
  tick.unit = CLAIMLINE_TIMELINE_UNIT_YEAR;
  year = claimline_timeline_format_tick (&tick);
  g_assert_cmpstr (year, ==, "2025");
  tick.unit = CLAIMLINE_TIMELINE_UNIT_DAY;
  tick.month = 6;
  tick.day = 8;
  day = claimline_timeline_format_tick (&tick);
  g_assert_cmpstr (day, ==, "8");
}

static void
test_zoom_and_pan (void)
{
  ClaimlineTimelineViewport view = { claimline_timeline_date_to_day (2020, 1, 1), 1, 1000 };
  double anchor_day = claimline_timeline_viewport_x_to_day (&view, 300);

  claimline_timeline_viewport_zoom (&view, 4, 300);
  g_assert_cmpfloat (view.px_per_day, ==, 4);
  g_assert_cmpfloat_with_epsilon (claimline_timeline_viewport_x_to_day (&view, 300), anchor_day, 1e-9);

  claimline_timeline_viewport_zoom (&view, 1e9, 10);
  g_assert_cmpfloat (view.px_per_day, ==, CLAIMLINE_TIMELINE_MAX_PX_PER_DAY);
  claimline_timeline_viewport_zoom (&view, 1e-12, 10);
  g_assert_cmpfloat (view.px_per_day, ==, CLAIMLINE_TIMELINE_MIN_PX_PER_DAY);

  view.px_per_day = 2;
  anchor_day = claimline_timeline_viewport_x_to_day (&view, 500);
  claimline_timeline_viewport_pan (&view, 100);
  /* Dragging right brings earlier days under the pointer. */
  g_assert_cmpfloat_with_epsilon (claimline_timeline_viewport_x_to_day (&view, 600), anchor_day, 1e-9);
}

static void
test_fit (void)
{
  ClaimlineTimelineViewport view = { 0, 1, 1200 };
  double first = claimline_timeline_date_to_day (2016, 1, 1);
  double last = claimline_timeline_date_to_day (2026, 1, 1);

  claimline_timeline_viewport_fit (&view, first, last, 50);
  g_assert_cmpfloat_with_epsilon (claimline_timeline_viewport_day_to_x (&view, first), 50, 1e-6);
  g_assert_cmpfloat_with_epsilon (claimline_timeline_viewport_day_to_x (&view, last), 1150, 1e-6);

  /* One day is widened to two weeks around it. */
  claimline_timeline_viewport_fit (&view, first, first + 1, 50);
  g_assert_cmpfloat_with_epsilon (view.px_per_day, 1100.0 / 14, 1e-6);
  g_assert_cmpfloat_with_epsilon (claimline_timeline_viewport_day_to_x (&view, first + 0.5), 600, 1e-6);

  /* Centuries are clamped to the widest zoom, centred. */
  claimline_timeline_viewport_fit (&view, claimline_timeline_date_to_day (1000, 1, 1),
                               claimline_timeline_date_to_day (3000, 1, 1), 0);
  g_assert_cmpfloat (view.px_per_day, ==, CLAIMLINE_TIMELINE_MIN_PX_PER_DAY);
  g_assert_cmpfloat_with_epsilon (claimline_timeline_viewport_x_to_day (&view, 600),
                                  claimline_timeline_date_to_day (2000, 1, 1), 1.0);
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
check_layout (guint  n,
              guint  max_rows,
              guint  seed,
              guint *out_clustered)
{
  g_autofree ClaimlineTimelineSlot *slots = g_new0 (ClaimlineTimelineSlot, n);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GArray) clusters = NULL;
  guint n_rows = 0, clustered = 0, in_clusters = 0;
  double x = -100;

  for (guint i = 0; i < n; i++)
    {
      x += g_rand_double_range (rand, 0, 60);
      slots[i].x0 = x;
      slots[i].x1 = x + (g_rand_boolean (rand) ? 10 : g_rand_double_range (rand, 10, 300));
      slots[i].label_x = MAX (x, 0);
      slots[i].label_width = g_rand_double_range (rand, 30, 200);
    }
  clusters = claimline_timeline_layout_rows (slots, n, 1200, max_rows, 8, 40, NULL, NULL, &n_rows);
  g_assert_cmpuint (n_rows, <=, max_rows);

  for (guint i = 0; i < n; i++)
    {
      if (slots[i].row == -2)
        {
          g_assert_true (slots[i].x1 < 0 || slot_left (&slots[i]) > 1200);
          continue;
        }
      if (slots[i].row == -1)
        {
          clustered++;
          g_assert_cmpint (slots[i].cluster, >=, 0);
          g_assert_cmpint (slots[i].cluster, <, (int) clusters->len);
          continue;
        }
      g_assert_cmpint (slots[i].row, <, (int) n_rows);
      g_assert_cmpint (slots[i].cluster, ==, -1);
      /* No two extents of one row overlap, gap included. */
      for (guint j = 0; j < i; j++)
        if (slots[j].row == slots[i].row)
          g_assert_true (slot_right (&slots[j]) + 8 <= slot_left (&slots[i])
                         || slot_right (&slots[i]) + 8 <= slot_left (&slots[j]));
    }
  for (guint c = 0; c < clusters->len; c++)
    {
      const ClaimlineTimelineCluster *cluster = &g_array_index (clusters, ClaimlineTimelineCluster, c);

      g_assert_cmpuint (cluster->count, >, 0);
      g_assert_cmpint (slots[cluster->first].cluster, ==, (int) c);
      in_clusters += cluster->count;
      if (c > 0)
        g_assert_cmpfloat (cluster->x - g_array_index (clusters, ClaimlineTimelineCluster, c - 1).x, >, 40);
    }
  g_assert_cmpuint (in_clusters, ==, clustered);
  *out_clustered = clustered;
}

static double
measure_fixed (guint    index,
               gpointer user_data)
{
  guint *n_calls = user_data;

  (*n_calls)++;
  return 120;
}

/* Labels are measured only for the slots a row takes (or that could reach
 * into view from the left): a dense view clusters most without it. */
static void
test_layout_measures_lazily (void)
{
  g_autofree ClaimlineTimelineSlot *slots = g_new0 (ClaimlineTimelineSlot, 1000);
  g_autoptr(GArray) clusters = NULL;
  guint n_calls = 0, n_placed = 0, n_rows;

  for (guint i = 0; i < 1000; i++)
    {
      slots[i].x0 = -400 + i * 1.5;
      slots[i].x1 = slots[i].x0 + 10;
      /* As the scene does: labels stay on screen while their mark does. */
      slots[i].label_x = slots[i].x1 >= 2 ? MAX (slots[i].x0, 2) : slots[i].x0;
      slots[i].label_width = -1;
    }
  clusters = claimline_timeline_layout_rows (slots, 1000, 1200, 3, 8, 40, measure_fixed, &n_calls,
                                             &n_rows);
  for (guint i = 0; i < 1000; i++)
    {
      if (slots[i].row >= 0)
        {
          n_placed++;
          g_assert_cmpfloat (slots[i].label_width, ==, 120);
        }
      if (slots[i].x1 < 0)
        g_assert_cmpint (slots[i].row, ==, -2);
    }
  g_assert_cmpuint (n_placed, >, 0);
  g_assert_cmpuint (n_calls, <, 200);
  g_assert_cmpuint (clusters->len, >, 0);
}

static void
test_layout (void)
{
  ClaimlineTimelineSlot overlapping[] = {
    { 100, 110, 100, 150, 0, 0 },
    { 120, 130, 120, 150, 0, 0 },
    { 140, 150, 140, 150, 0, 0 },
    { 400, 500, 400, 50, 0, 0 },
  };
  g_autoptr(GArray) clusters = NULL;
  guint n_rows, clustered;

  clusters = claimline_timeline_layout_rows (overlapping, G_N_ELEMENTS (overlapping), 1200, 5, 8,
                                             40, NULL, NULL, &n_rows);
  g_assert_cmpuint (n_rows, ==, 3);
  g_assert_cmpint (overlapping[0].row, ==, 0);
  g_assert_cmpint (overlapping[1].row, ==, 1);
  g_assert_cmpint (overlapping[2].row, ==, 2);
  g_assert_cmpint (overlapping[3].row, ==, 0);  /* room again after the first */
  g_assert_cmpuint (clusters->len, ==, 0);
  g_clear_pointer (&clusters, g_array_unref);

  /* Two rows only: the third overlapping label goes into a count badge. */
  clusters = claimline_timeline_layout_rows (overlapping, G_N_ELEMENTS (overlapping), 1200, 2, 8,
                                             40, NULL, NULL, &n_rows);
  g_assert_cmpint (overlapping[2].row, ==, -1);
  g_assert_cmpuint (clusters->len, ==, 1);
  g_assert_cmpuint (g_array_index (clusters, ClaimlineTimelineCluster, 0).count, ==, 1);
  g_assert_cmpuint (g_array_index (clusters, ClaimlineTimelineCluster, 0).first, ==, 2);

  check_layout (50, 20, 1, &clustered);
  g_assert_cmpuint (clustered, ==, 0);
  check_layout (2000, 4, 2, &clustered);
  g_assert_cmpuint (clustered, >, 0);
  check_layout (500, 1, 3, &clustered);
}

static ClaimlineTimelineEvent *
make_event (const char *low,
            const char *high,
            const char *label,
            gint64      group_id,
            gboolean    conflict)
{
  ClaimlineTimelineEvent *event = g_new0 (ClaimlineTimelineEvent, 1);

  event->low = g_strdup (low);
  event->high = g_strdup (high);
  event->value = g_strdup (low != NULL ? low : high);
  event->label = g_strdup (label);
  event->outlets = g_ptr_array_new_with_free_func (g_free);
  event->claims = g_ptr_array_new ();
  event->group_id = group_id;
  event->conflict = conflict;
  return event;
}

static GPtrArray *
make_story_events (void)
{
  GPtrArray *events = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_timeline_event_free);

  g_ptr_array_add (events, make_event ("2016-01-01", "2016-12-31", "Scale AI founded", 1, FALSE));
  g_ptr_array_add (events, make_event ("2023-01-01", "2023-12-31", "Scale AI revenue $870 million", 2, TRUE));
  g_ptr_array_add (events, make_event ("2024-01-01", "2024-12-31", "Scale AI revenue $870 million", 2, TRUE));
  g_ptr_array_add (events, make_event ("2024-01-01", "2024-12-31", "Scale AI funding round $1 billion", 3, FALSE));
  g_ptr_array_add (events, make_event ("2025-01-01", "2025-06-30", "Earlier this year", 4, FALSE));
  g_ptr_array_add (events, make_event ("2025-06-08", "2025-06-08", "Meta investment ≥ $10 billion", 5, FALSE));
  g_ptr_array_add (events, make_event ("2025-01-01", "2025-12-31", "Scale AI revenue $2 billion", 6, FALSE));
  g_ptr_array_add (events, make_event ("2020-01-01", NULL, "Since 2020", 7, FALSE));
  return events;
}

static void
test_scene (void)
{
  g_autoptr(GPtrArray) events = make_story_events ();
  g_autoptr(PangoFontMap) font_map = pango_cairo_font_map_new ();
  PangoContext *context = pango_font_map_create_context (font_map);
  g_autoptr(ClaimlineTimelineScene) scene = claimline_timeline_scene_new (events, context);
  ClaimlineTimelineViewport view = { 0, 1, 1200 };
  ClaimlineTimelinePalette palette;
  cairo_surface_t *surface;
  cairo_t *cr;
  double first, last, x, y, width, height;
  gboolean is_cluster;

  g_object_unref (context);
  g_assert_true (claimline_timeline_scene_get_range (scene, &first, &last));
  g_assert_cmpfloat (first, ==, claimline_timeline_date_to_day (2016, 1, 1));
  g_assert_cmpfloat (last, ==, claimline_timeline_date_to_day (2026, 1, 1));

  claimline_timeline_viewport_fit (&view, first, last, 40);
  claimline_timeline_scene_layout (scene, &view, 400);

  /* Every event has a place of its own, in date order left to right. */
  for (guint i = 0; i + 1 < 7; i++)
    {
      const ClaimlineTimelineSlot *a = claimline_timeline_scene_get_slot (scene, i);
      const ClaimlineTimelineSlot *b = claimline_timeline_scene_get_slot (scene, i + 1);

      g_assert_cmpint (a->row, >=, 0);
      if (i != 5)  /* the 8 June point stands inside the year 2025 */
        g_assert_cmpfloat (a->x0, <=, b->x0);
    }
  /* The open-ended period runs off the right edge. */
  g_assert_cmpfloat (claimline_timeline_scene_get_slot (scene, 7)->x1, >, view.width);

  g_assert_true (claimline_timeline_scene_get_event_rect (scene, 5, &x, &y, &width, &height));
  g_assert_cmpint (claimline_timeline_scene_hit (scene, x + 2, y + height / 2, &is_cluster), ==, 5);
  g_assert_false (is_cluster);
  g_assert_cmpint (claimline_timeline_scene_hit (scene, 1, 399, NULL), ==, -1);

  claimline_timeline_palette_init_default (&palette, FALSE);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200, 400);
  cr = cairo_create (surface);
  claimline_timeline_scene_draw (scene, cr, &palette, 5);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  /* Too little height: one row, the rest in count badges. */
  claimline_timeline_scene_layout (scene, &view, 60);
  {
    guint in_rows = 0;
    gboolean hit_badge = FALSE;

    for (guint i = 0; i < events->len; i++)
      in_rows += claimline_timeline_scene_get_slot (scene, i)->row == 0;
    g_assert_cmpuint (in_rows, <, events->len);
    for (double bx = 0; bx < 1200 && !hit_badge; bx += 2)
      if (claimline_timeline_scene_hit (scene, bx, 32 + 32 + 12, &is_cluster) >= 0 && is_cluster)
        hit_badge = TRUE;
    g_assert_true (hit_badge);
  }
}

static void
test_export (void)
{
  g_autoptr(GPtrArray) events = make_story_events ();
  g_autofree char *dir = g_dir_make_tmp ("claimline-timeline-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (dir, "t.svg", NULL);
  g_autofree char *png = g_build_filename (dir, "t.png", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  ClaimlineTimelinePalette palette;
  cairo_surface_t *image;
  gsize length;

  claimline_timeline_palette_init_default (&palette, FALSE);
  g_assert_true (claimline_timeline_export (events, NULL, 900, &palette,
                                            CLAIMLINE_TIMELINE_EXPORT_SVG, svg, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &contents, &length, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_true (claimline_timeline_export (events, NULL, 900, &palette,
                                            CLAIMLINE_TIMELINE_EXPORT_PNG, png, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 900);
  g_assert_cmpint (cairo_image_surface_get_height (image), >, 100);
  cairo_surface_destroy (image);

  g_assert_false (claimline_timeline_export (events, NULL, 900, &palette,
                                             CLAIMLINE_TIMELINE_EXPORT_PNG, "/nonexistent/dir/t.png",
                                             &error));
  g_assert_nonnull (error);
  g_remove (svg);
  g_remove (png);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* Month names are checked in English. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline-axis/days", test_days);
  g_test_add_func ("/timeline-axis/round-trip", test_round_trip);
  g_test_add_func ("/timeline-axis/scale-per-zoom", test_scale_per_zoom);
  g_test_add_func ("/timeline-axis/ticks", test_ticks);
  g_test_add_func ("/timeline-axis/tick-labels", test_tick_labels);
  g_test_add_func ("/timeline-axis/zoom-and-pan", test_zoom_and_pan);
  g_test_add_func ("/timeline-axis/fit", test_fit);
  g_test_add_func ("/timeline-axis/layout", test_layout);
  g_test_add_func ("/timeline-axis/layout-measures-lazily", test_layout_measures_lazily);
  g_test_add_func ("/timeline-axis/scene", test_scene);
  g_test_add_func ("/timeline-axis/export", test_export);

  return g_test_run ();
}
