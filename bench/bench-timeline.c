/* bench-timeline.c: drawing the story timeline with many events.
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-timeline [N] [--widget]: generates N events (default 10,000) across
 * the 30 years 1996-2025 (days, months, quarters, years, open-ended
 * periods, conflicts), then times frames of 1200x300 pixels drawn through
 * the timeline's render code (layout and cairo into an image surface, what
 * the widget draws each frame and what the exports draw) with the whole
 * range fitted and at day zoom while panning, and prints the time per frame
 * (mean, median, 95th percentile, worst; and CPU time, which a loaded
 * machine does not inflate) and the resident memory.  With --widget (built
 * with the GUI, needs a display: run under xvfb-run) it also measures the
 * CPU time of whole frames of the ClaimlineTimelineView widget in a window
 * (snapshot, GSK rendering, presenting).
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <pango/pangocairo.h>

#include "bench-corpus.h"
#include "claimline-compare.h"
#include "claimline-timeline-render.h"

#ifdef BENCH_WITH_GTK
#include <gtk/gtk.h>
#include "claimline-application.h"
#include "claimline-timeline-view.h"
#endif

#define FRAME_WIDTH  1200
#define FRAME_HEIGHT 300
#define N_FRAMES     300

static const char * const subjects[] = {
  "Arden Robotics", "Belmont Freight", "Cobalt Biotech", "Dunmore Mining", "Everly Telecom",
  "Fairhaven Foods", "Glenrock Aviation", "Hollis Textiles",
};
static const char * const attributes[] = {
  "revenue", "valuation", "funding round", "employees", "spending", "price",
};

static ClaimlineClaimGroup *
make_group (guint  i,
            GRand *rand)
{
  ClaimlineClaimGroup *group = g_new0 (ClaimlineClaimGroup, 1);
  ClaimlineGroupMember *member = g_new0 (ClaimlineGroupMember, 1);
  ClaimlineClaim *claim = g_new0 (ClaimlineClaim, 1);
  int year = 1996 + g_rand_int_range (rand, 0, 30);
  int month = g_rand_int_range (rand, 1, 13);
  int day = g_rand_int_range (rand, 1, 29);
  int kind = g_rand_int_range (rand, 0, 100);

  if (kind < 55)
    {
      claim->time_value = g_strdup_printf ("%04d-%02d-%02d", year, month, day);
      claim->time_low = g_strdup (claim->time_value);
      claim->time_high = g_strdup (claim->time_value);
    }
  else if (kind < 70)
    {
      claim->time_value = g_strdup_printf ("%04d-%02d", year, month);
      claim->time_low = g_strdup_printf ("%04d-%02d-01", year, month);
      claim->time_high = g_strdup_printf ("%04d-%02d-%02d", year, month,
                                          g_date_get_days_in_month (month, year));
    }
  else if (kind < 80)
    {
      int quarter = (month - 1) / 3;

      claim->time_value = g_strdup_printf ("%04d-Q%d", year, quarter + 1);
      claim->time_low = g_strdup_printf ("%04d-%02d-01", year, quarter * 3 + 1);
      claim->time_high = g_strdup_printf ("%04d-%02d-%02d", year, quarter * 3 + 3,
                                          g_date_get_days_in_month (quarter * 3 + 3, year));
    }
  else if (kind < 95)
    {
      claim->time_value = g_strdup_printf ("%04d", year);
      claim->time_low = g_strdup_printf ("%04d-01-01", year);
      claim->time_high = g_strdup_printf ("%04d-12-31", year);
    }
  else if (kind < 97)
    {
      claim->time_value = g_strdup_printf ("%04d", year);
      claim->time_low = g_strdup_printf ("%04d-01-01", year);
    }
  else
    {
      claim->time_value = g_strdup_printf ("%04d", year);
      claim->time_high = g_strdup_printf ("%04d-12-31", year);
    }
  claim->id = i + 1;
  claim->article_id = 1 + i % 50;
  claim->kind = g_strdup ("money");
  claim->text = g_strdup_printf ("$%u million", g_rand_int_range (rand, 1, 999));
  claim->time_inferred = g_rand_int_range (rand, 0, 10) == 0;
  claim->group_id = i + 1;

  member->claim = claim;
  member->outlet = g_strdup_printf ("Outlet %u", i % 12);
  member->title = g_strdup ("A generated article");
  member->sentence = g_strdup_printf ("The company reported %s.", claim->text);

  group->id = i + 1;
  group->subject = g_strdup (subjects[i % G_N_ELEMENTS (subjects)]);
  group->attribute = g_strdup (attributes[(i / 8) % G_N_ELEMENTS (attributes)]);
  group->kind = g_strdup ("money");
  group->verdict = CLAIMLINE_VERDICT_SINGLE;
  group->members = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_group_member_free);
  g_ptr_array_add (group->members, member);

  /* One group in twenty: another outlet places it a year later. */
  if (i % 20 == 0 && claim->time_low != NULL && claim->time_high != NULL)
    {
      ClaimlineGroupMember *other = g_new0 (ClaimlineGroupMember, 1);
      ClaimlineClaim *moved = claimline_claim_copy (claim);

      g_free (moved->time_value);
      g_free (moved->time_low);
      g_free (moved->time_high);
      moved->time_value = g_strdup_printf ("%04d", year + 1);
      moved->time_low = g_strdup_printf ("%04d-01-01", year + 1);
      moved->time_high = g_strdup_printf ("%04d-12-31", year + 1);
      moved->id = claim->id + 1000000;
      other->claim = moved;
      other->outlet = g_strdup ("Outlet X");
      g_ptr_array_add (group->members, other);
      group->verdict = CLAIMLINE_VERDICT_CONFLICT;
      group->conflict = CLAIMLINE_CONFLICT_TIME;
    }
  return group;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

/* This thread's CPU time in ms: on a shared, loaded machine the wall
 * clock also counts the time other processes ran. */
static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

static void
report_clock (const char *name,
              const char *clock,
              GArray     *times_ms,
              double      cpu_total_ms)
{
  double sum = 0;

  g_array_sort (times_ms, compare_doubles);
  for (guint i = 0; i < times_ms->len; i++)
    sum += g_array_index (times_ms, double, i);
  g_print ("%-34s %s mean %5.2f ms p50 %5.2f p95 %5.2f max %6.2f; CPU mean %5.2f ms  RSS %zu KiB\n",
           name, clock, sum / times_ms->len,
           g_array_index (times_ms, double, times_ms->len / 2),
           g_array_index (times_ms, double, (guint) (times_ms->len * 0.95)),
           g_array_index (times_ms, double, times_ms->len - 1),
           cpu_total_ms / times_ms->len, bench_rss_kib ());
}

static void
report (const char *name,
        GArray     *times_ms,
        double      cpu_total_ms)
{
  report_clock (name, "wall", times_ms, cpu_total_ms);
}

/* Frames through the render code: layout for the view, then cairo into an
 * image surface, as the widget and the exports do. */
static void
bench_render (GPtrArray *events)
{
  g_autoptr(PangoFontMap) font_map = pango_cairo_font_map_new ();
  PangoContext *context = pango_font_map_create_context (font_map);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 10");
  g_autoptr(ClaimlineTimelineScene) scene = NULL;
  g_autoptr(GArray) fit_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) day_times = g_array_new (FALSE, FALSE, sizeof (double));
  ClaimlineTimelineViewport view = { 0, 1, FRAME_WIDTH };
  ClaimlineTimelinePalette palette;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, FRAME_WIDTH, FRAME_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  double first, last, cpu, cpu_start;
  gint64 start;

  pango_context_set_font_description (context, font);
  pango_cairo_update_context (cr, context);
  claimline_timeline_palette_init_default (&palette, FALSE);

  start = g_get_monotonic_time ();
  scene = claimline_timeline_scene_new (events, context);
  g_print ("%-34s %6.1f ms  RSS %zu KiB\n", "scene (dates; labels measured lazily)",
           (g_get_monotonic_time () - start) / 1000.0, bench_rss_kib ());
  g_object_unref (context);

  claimline_timeline_scene_get_range (scene, &first, &last);
  cpu = 0;
  for (guint i = 0; i < N_FRAMES; i++)
    {
      /* Fitted, nudged a little each frame so that nothing is cached. */
      claimline_timeline_scene_fit (scene, &view, first, last);
      claimline_timeline_viewport_pan (&view, (double) (i % 7));
      start = g_get_monotonic_time ();
      cpu_start = cpu_ms ();
      claimline_timeline_scene_layout (scene, &view, FRAME_HEIGHT);
      claimline_timeline_scene_draw (scene, cr, &palette, (int) (i % events->len));
      cairo_surface_flush (surface);
      cpu += cpu_ms () - cpu_start;
      g_array_append_val (fit_times, (double) { (g_get_monotonic_time () - start) / 1000.0 });
    }
  report ("render: fit all, 1200x300", fit_times, cpu);

  /* Day zoom, panning a day and a half per frame through the middle. */
  view.px_per_day = 60;
  view.start = (first + last) / 2;
  cpu = 0;
  for (guint i = 0; i < N_FRAMES; i++)
    {
      claimline_timeline_viewport_pan (&view, -90);
      start = g_get_monotonic_time ();
      cpu_start = cpu_ms ();
      claimline_timeline_scene_layout (scene, &view, FRAME_HEIGHT);
      claimline_timeline_scene_draw (scene, cr, &palette, -1);
      cairo_surface_flush (surface);
      cpu += cpu_ms () - cpu_start;
      g_array_append_val (day_times, (double) { (g_get_monotonic_time () - start) / 1000.0 });
    }
  report ("render: day zoom, panning", day_times, cpu);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

#ifdef BENCH_WITH_GTK
static void
on_after_paint_cb (GdkFrameClock *clock,
                   gboolean      *painted)
{
  *painted = TRUE;
}

/* Frames of the real window: from a change of the view until the frame
 * clock has painted (the widget's snapshot, then GSK rendering and
 * presenting it).  The frame clock paces frames, so the wall clock counts
 * waiting: this thread's CPU time is what a frame costs. */
static void
widget_frames (GtkWidget  *widget,
               const char *name,
               gboolean    pan)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  guint n = claimline_timeline_view_get_n_events (CLAIMLINE_TIMELINE_VIEW (widget));
  gboolean painted = FALSE;
  double cpu = 0;
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);

  for (guint i = 0; i < N_FRAMES; i++)
    {
      double cpu_start;

      while (g_main_context_iteration (NULL, FALSE))
        ;
      painted = FALSE;
      cpu_start = cpu_ms ();
      if (pan)
        claimline_timeline_view_select_event (CLAIMLINE_TIMELINE_VIEW (widget), (int) ((i * 37) % n));
      else
        claimline_timeline_view_zoom (CLAIMLINE_TIMELINE_VIEW (widget), i % 2 ? 1.01 : 1 / 1.01);
      while (!painted)
        g_main_context_iteration (NULL, TRUE);
      g_array_append_val (times, (double) { cpu_ms () - cpu_start });
      cpu += g_array_index (times, double, times->len - 1);
    }
  g_signal_handler_disconnect (clock, handler);
  report_clock (name, "CPU", times, cpu);
}

static gboolean
is_mapped (GtkWidget *widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static void
bench_widget (GPtrArray *groups)
{
  GtkWidget *window;
  GtkWidget *timeline;
  gint64 start;

  if (!gtk_init_check ())
    {
      g_print ("widget: no display (run under xvfb-run)\n");
      return;
    }
  /* The application's class registers the templates' resources. */
  g_type_class_unref (g_type_class_ref (CLAIMLINE_TYPE_APPLICATION));
  window = gtk_window_new ();
  timeline = claimline_timeline_view_new ();
  gtk_window_set_child (GTK_WINDOW (window), timeline);
  gtk_window_set_default_size (GTK_WINDOW (window), FRAME_WIDTH, FRAME_HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  while (!is_mapped (timeline))
    g_main_context_iteration (NULL, TRUE);

  g_print ("%-34s %17s  RSS %zu KiB\n", "widget: window shown", "", bench_rss_kib ());
  start = g_get_monotonic_time ();
  claimline_timeline_view_set_groups (CLAIMLINE_TIMELINE_VIEW (timeline), groups);
  g_print ("%-34s %6.1f ms  RSS %zu KiB\n", "widget: set groups (build events)",
           (g_get_monotonic_time () - start) / 1000.0, bench_rss_kib ());

  widget_frames (timeline, "widget frame: fit all", FALSE);
  claimline_timeline_view_zoom (CLAIMLINE_TIMELINE_VIEW (timeline),
                                60 / claimline_timeline_view_get_zoom (CLAIMLINE_TIMELINE_VIEW (timeline)));
  widget_frames (timeline, "widget frame: day zoom, select", TRUE);
  gtk_window_destroy (GTK_WINDOW (window));
}
#endif

int
main (int   argc,
      char *argv[])
{
  guint n = 10000;
  gboolean widget = FALSE;
  g_autoptr(GRand) rand = g_rand_new_with_seed (2025);
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_claim_group_free);
  g_autoptr(GPtrArray) events = NULL;
  gint64 start;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--widget"))
        widget = TRUE;
      else
        n = (guint) MAX (g_ascii_strtoull (argv[i], NULL, 10), 1);
    }

  g_print ("%u events across 1996-2025\n", n);
  g_print ("%-34s %17s  RSS %zu KiB\n", "baseline", "", bench_rss_kib ());
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (groups, make_group (i, rand));
  start = g_get_monotonic_time ();
  events = claimline_timeline_build (groups);
  g_print ("%-34s %6.1f ms  RSS %zu KiB\n", "claimline_timeline_build",
           (g_get_monotonic_time () - start) / 1000.0, bench_rss_kib ());

  bench_render (events);

#ifdef BENCH_WITH_GTK
  if (widget)
    bench_widget (groups);
#else
  if (widget)
    g_print ("widget: built without the GUI\n");
#endif
  return 0;
}
