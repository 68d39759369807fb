/* claimline-timeline-render.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-svg.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "claimline-error.h"
#include "claimline-timeline-render.h"

/* Geometry, in pixels: the axis with its labels on top, then rows of
 * events, each a mark (dot or bar) with its label underneath. */
#define AXIS_Y          22.0
#define ROWS_TOP        32.0
#define ROW_HEIGHT      32.0
#define MARK_HEIGHT     8.0
#define DOT_RADIUS      5.0
#define LABEL_TOP       11.0
#define MAX_LABEL_WIDTH 240.0
#define ROW_GAP         12.0
#define BADGE_HEIGHT    24.0
#define CLUSTER_WIDTH   44.0
#define OPEN_FADE       48.0
#define MAX_CACHED_LAYOUTS 1500
/* An open end drawn this far past the other, for fitting. */
#define OPEN_DAYS       (3 * 365.0)

typedef struct
{
  double      first;      /* days covered, [first, last) */
  double      last;
  gboolean    open_before;
  gboolean    open_after;
  gboolean    point;      /* one day */
  double      label_width;
  PangoLayout *layout;    /* made when first drawn */
} EventGeometry;

struct _ClaimlineTimelineScene
{
  GPtrArray             *events;
  PangoContext          *context;
  PangoLayout           *scratch;    /* measures labels */
  GHashTable            *texts;      /* tick and badge text -> PangoLayout, shaped once */
  guint                  n_layouts;  /* event labels shaped and kept */
  EventGeometry         *geometry;
  ClaimlineTimelineSlot *slots;
  GArray                *clusters;   /* ClaimlineTimelineCluster */
  GArray                *ticks;      /* ClaimlineTimelineTick */
  ClaimlineTimelineViewport  view;
  guint                  n_rows;
  double                 height;
};

static void
set_color (cairo_t                      *cr,
           const ClaimlineTimelineColor *color,
           double                        alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

void
claimline_timeline_palette_init_default (ClaimlineTimelinePalette *palette,
                                         gboolean                  dark)
{
  static const ClaimlineTimelinePalette light_palette = {
    { 1.0, 1.0, 1.0, 1.0 },
    { 0.0, 0.0, 0.0, 0.8 },
    { 0.0, 0.0, 0.0, 0.55 },
    { 0.11, 0.44, 0.85, 1.0 },
    { 0.88, 0.11, 0.14, 1.0 },
    { 0.21, 0.52, 0.89, 1.0 },
  };
  static const ClaimlineTimelinePalette dark_palette = {
    { 0.14, 0.14, 0.14, 1.0 },
    { 1.0, 1.0, 1.0, 0.9 },
    { 1.0, 1.0, 1.0, 0.55 },
    { 0.47, 0.68, 0.93, 1.0 },
    { 1.0, 0.48, 0.39, 1.0 },
    { 0.47, 0.68, 0.93, 1.0 },
  };

  g_return_if_fail (palette != NULL);
  *palette = dark ? dark_palette : light_palette;
}

static char *
format_month (int year,
              int month,
              const char *format)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (year, month, 1, 0, 0, 0);

  return date != NULL ? g_date_time_format (date, format) : g_strdup ("");
}

char *
claimline_timeline_format_tick (const ClaimlineTimelineTick *tick)
{
  g_return_val_if_fail (tick != NULL, NULL);

  switch (tick->unit)
    {
    case CLAIMLINE_TIMELINE_UNIT_DAY:
      if (tick->day == 1)
        {
          g_autofree char *month = format_month (tick->year, tick->month,
                                                 tick->month == 1 ? "%b %Y" : "%b");

          /* TRANSLATORS: an axis label at the first day of a month: "1 Jun" */
          return g_strdup_printf (C_("timeline day", "%d %s"), tick->day, month);
        }
      return g_strdup_printf ("%d", tick->day);
    case CLAIMLINE_TIMELINE_UNIT_MONTH:
      /* The locale's abbreviated month name, with the year at January. */
      return format_month (tick->year, tick->month, tick->month == 1 ? "%b %Y" : "%b");
    case CLAIMLINE_TIMELINE_UNIT_QUARTER:
      /* TRANSLATORS: an axis label: quarter and year, "Q3 2025" */
      return g_strdup_printf (_("Q%d %d"), (tick->month - 1) / 3 + 1, tick->year);
    case CLAIMLINE_TIMELINE_UNIT_YEAR:
    case CLAIMLINE_TIMELINE_UNIT_DECADE:
    default:
      return g_strdup_printf ("%d", tick->year);
    }
}

static void
measure_events (ClaimlineTimelineScene *scene)
{
  for (guint i = 0; i < scene->events->len; i++)
    {
      const ClaimlineTimelineEvent *event = g_ptr_array_index (scene->events, i);
      EventGeometry *geometry = &scene->geometry[i];
      double low, high;

      geometry->open_before = !claimline_timeline_parse_day (event->low, &low);
      geometry->open_after = !claimline_timeline_parse_day (event->high, &high);
      if (geometry->open_before && geometry->open_after)
        low = high = 0;
      else if (geometry->open_before)
        low = high - OPEN_DAYS;
      else if (geometry->open_after)
        high = low + OPEN_DAYS;
      geometry->first = low;
      geometry->last = MAX (high, low) + 1;
      geometry->point = !geometry->open_before && !geometry->open_after && high <= low;
      /* Measured when a layout first places the label. */
      geometry->label_width = -1;
    }
}

static double
measure_label (guint    index,
               gpointer user_data)
{
  ClaimlineTimelineScene *scene = user_data;
  EventGeometry *geometry = &scene->geometry[index];

  if (geometry->label_width < 0)
    {
      const ClaimlineTimelineEvent *event = g_ptr_array_index (scene->events, index);
      int width;

      pango_layout_set_text (scene->scratch, event->label ? event->label : "", -1);
      pango_layout_get_pixel_size (scene->scratch, &width, NULL);
      geometry->label_width = MIN (width, MAX_LABEL_WIDTH);
    }
  return geometry->label_width;
}

ClaimlineTimelineScene *
claimline_timeline_scene_new (GPtrArray    *events,
                              PangoContext *context)
{
  ClaimlineTimelineScene *scene;

  g_return_val_if_fail (events != NULL, NULL);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  scene = g_new0 (ClaimlineTimelineScene, 1);
  scene->events = g_ptr_array_ref (events);
  scene->context = g_object_ref (context);
  scene->scratch = pango_layout_new (context);
  scene->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  scene->geometry = g_new0 (EventGeometry, MAX (events->len, 1));
  scene->slots = g_new0 (ClaimlineTimelineSlot, MAX (events->len, 1));
  scene->clusters = g_array_new (FALSE, FALSE, sizeof (ClaimlineTimelineCluster));
  scene->ticks = g_array_new (FALSE, FALSE, sizeof (ClaimlineTimelineTick));
  scene->view.px_per_day = 1;
  measure_events (scene);
  return scene;
}

void
claimline_timeline_scene_free (ClaimlineTimelineScene *scene)
{
  if (scene == NULL)
    return;
  for (guint i = 0; i < scene->events->len; i++)
    g_clear_object (&scene->geometry[i].layout);
  g_free (scene->geometry);
  g_free (scene->slots);
  g_array_unref (scene->clusters);
  g_array_unref (scene->ticks);
  g_object_unref (scene->scratch);
  g_hash_table_unref (scene->texts);
  g_object_unref (scene->context);
  g_ptr_array_unref (scene->events);
  g_free (scene);
}

GPtrArray *
claimline_timeline_scene_get_events (ClaimlineTimelineScene *scene)
{
  return scene->events;
}

const ClaimlineTimelineViewport *
claimline_timeline_scene_get_view (ClaimlineTimelineScene *scene)
{
  return &scene->view;
}

void
claimline_timeline_scene_get_event_days (ClaimlineTimelineScene *scene,
                                         guint                   index,
                                         double                 *first,
                                         double                 *last)
{
  g_return_if_fail (index < scene->events->len);

  *first = scene->geometry[index].first;
  *last = scene->geometry[index].last;
}

gboolean
claimline_timeline_scene_get_range (ClaimlineTimelineScene *scene,
                                    double                 *first,
                                    double                 *last)
{
  gboolean found = FALSE;

  for (guint i = 0; i < scene->events->len; i++)
    {
      const EventGeometry *geometry = &scene->geometry[i];

      if (geometry->open_before && geometry->open_after)
        continue;
      /* An open end does not stretch the story: the known end does. */
      if (!found || (!geometry->open_before && geometry->first < *first)
          || (geometry->open_before && geometry->last - 1 < *first))
        *first = geometry->open_before ? geometry->last - 1 : geometry->first;
      if (!found || (!geometry->open_after && geometry->last > *last)
          || (geometry->open_after && geometry->first + 1 > *last))
        *last = geometry->open_after ? geometry->first + 1 : geometry->last;
      found = TRUE;
    }
  return found;
}

/* Fills the slots of every event for the view: marks in pixels, labels
 * kept on screen when the mark starts left of it. */
static void
fill_slots (ClaimlineTimelineScene *scene)
{
  const ClaimlineTimelineViewport *view = &scene->view;

  for (guint i = 0; i < scene->events->len; i++)
    {
      const EventGeometry *geometry = &scene->geometry[i];
      ClaimlineTimelineSlot *slot = &scene->slots[i];

      if (geometry->point)
        {
          double x = claimline_timeline_viewport_day_to_x (view, geometry->first + 0.5);

          slot->x0 = x - DOT_RADIUS;
          slot->x1 = x + DOT_RADIUS;
        }
      else
        {
          slot->x0 = geometry->open_before ? -OPEN_FADE
                     : claimline_timeline_viewport_day_to_x (view, geometry->first);
          slot->x1 = geometry->open_after ? view->width + OPEN_FADE
                     : claimline_timeline_viewport_day_to_x (view, geometry->last);
          /* Keep a short period visible as a small bar. */
          if (slot->x1 - slot->x0 < 2 * DOT_RADIUS)
            {
              double middle = (slot->x0 + slot->x1) / 2;

              slot->x0 = middle - DOT_RADIUS;
              slot->x1 = middle + DOT_RADIUS;
            }
        }
      slot->label_x = MAX (slot->x0, 2.0);
      if (slot->label_x > slot->x1)
        slot->label_x = slot->x0;
      slot->label_width = geometry->label_width;
    }
}

static guint
rows_for_height (double height)
{
  double room = height - ROWS_TOP - BADGE_HEIGHT;

  return room >= ROW_HEIGHT ? (guint) (room / ROW_HEIGHT) : 1;
}

void
claimline_timeline_scene_layout (ClaimlineTimelineScene      *scene,
                                 const ClaimlineTimelineViewport *view,
                                 double                       height)
{
  g_autoptr(GArray) ticks = NULL;

  g_return_if_fail (scene != NULL && view != NULL);

  scene->view = *view;
  scene->height = height;
  fill_slots (scene);
  g_array_unref (scene->clusters);
  scene->clusters = claimline_timeline_layout_rows (scene->slots, scene->events->len, view->width,
                                                    rows_for_height (height), ROW_GAP,
                                                    CLUSTER_WIDTH, measure_label, scene,
                                                    &scene->n_rows);
  ticks = claimline_timeline_viewport_ticks (view);
  g_array_unref (scene->ticks);
  scene->ticks = g_steal_pointer (&ticks);
}

void
claimline_timeline_scene_fit (ClaimlineTimelineScene *scene,
                              ClaimlineTimelineViewport  *view,
                              double                  first,
                              double                  last)
{
  double width = view->width;

  /* Labels run to the right of their marks: keep room for the last one. */
  view->width = MAX (width - MIN (MAX_LABEL_WIDTH, width / 3), 1);
  claimline_timeline_viewport_fit (view, first, last, 16);
  view->width = width;
}

double
claimline_timeline_scene_natural_height (ClaimlineTimelineScene      *scene,
                                         const ClaimlineTimelineViewport *view,
                                         double                       max_height)
{
  guint max_rows = rows_for_height (max_height);
  guint n_rows = 0;
  g_autoptr(GArray) clusters = NULL;

  scene->view = *view;
  fill_slots (scene);
  clusters = claimline_timeline_layout_rows (scene->slots, scene->events->len, view->width,
                                             max_rows, ROW_GAP, CLUSTER_WIDTH, measure_label, scene,
                                             &n_rows);
  /* The layout always keeps the badge band free. */
  return ROWS_TOP + MAX (n_rows, 1) * ROW_HEIGHT + BADGE_HEIGHT + 4;
}

const ClaimlineTimelineSlot *
claimline_timeline_scene_get_slot (ClaimlineTimelineScene *scene,
                                   guint                   index)
{
  g_return_val_if_fail (index < scene->events->len, NULL);

  return &scene->slots[index];
}

static double
row_top (int row)
{
  return ROWS_TOP + row * ROW_HEIGHT;
}

static double
badge_top (ClaimlineTimelineScene *scene)
{
  return ROWS_TOP + scene->n_rows * ROW_HEIGHT;
}

gboolean
claimline_timeline_scene_get_event_rect (ClaimlineTimelineScene *scene,
                                         guint                   index,
                                         double                 *x,
                                         double                 *y,
                                         double                 *width,
                                         double                 *height)
{
  const ClaimlineTimelineSlot *slot;
  double left, right;

  g_return_val_if_fail (index < scene->events->len, FALSE);

  slot = &scene->slots[index];
  if (slot->row < 0)
    return FALSE;
  left = MAX (MIN (slot->x0, slot->label_x), 0);
  right = MIN (MAX (slot->x1, slot->label_x + slot->label_width), scene->view.width);
  *x = left;
  *y = row_top (slot->row);
  *width = MAX (right - left, 1);
  *height = ROW_HEIGHT - 6;
  return TRUE;
}

static double
badge_width (guint count)
{
  return count >= 100 ? 40 : count >= 10 ? 32 : 26;
}

int
claimline_timeline_scene_hit (ClaimlineTimelineScene *scene,
                              double                  x,
                              double                  y,
                              gboolean               *is_cluster)
{
  double top = badge_top (scene);

  if (is_cluster != NULL)
    *is_cluster = FALSE;

  for (guint i = 0; i < scene->events->len; i++)
    {
      double rx, ry, rw, rh;

      if (claimline_timeline_scene_get_event_rect (scene, i, &rx, &ry, &rw, &rh)
          && x >= rx - 2 && x <= rx + rw + 2 && y >= ry && y <= ry + rh)
        return (int) i;
    }
  for (guint i = 0; i < scene->clusters->len; i++)
    {
      const ClaimlineTimelineCluster *cluster = &g_array_index (scene->clusters, ClaimlineTimelineCluster, i);
      double half = badge_width (cluster->count) / 2;

      if (x >= cluster->x - half && x <= cluster->x + half && y >= top && y <= top + BADGE_HEIGHT)
        {
          if (is_cluster != NULL)
            *is_cluster = TRUE;
          return (int) cluster->first;
        }
    }
  return -1;
}

static PangoLayout *text_layout (ClaimlineTimelineScene *scene,
                                 const char             *text);

static void
draw_axis (ClaimlineTimelineScene         *scene,
           cairo_t                        *cr,
           const ClaimlineTimelinePalette *palette)
{
  double bottom = MAX (scene->height, badge_top (scene) + BADGE_HEIGHT);

  cairo_set_line_width (cr, 1);
  set_color (cr, &palette->dim, 0.6);
  cairo_move_to (cr, 0, AXIS_Y + 0.5);
  cairo_line_to (cr, scene->view.width, AXIS_Y + 0.5);
  cairo_stroke (cr);

  for (guint i = 0; i < scene->ticks->len; i++)
    {
      const ClaimlineTimelineTick *tick = &g_array_index (scene->ticks, ClaimlineTimelineTick, i);
      double x = floor (tick->x) + 0.5;

      if (!tick->major)
        {
          cairo_move_to (cr, x, AXIS_Y - 3);
          cairo_line_to (cr, x, AXIS_Y + 0.5);
        }
      else
        {
          cairo_move_to (cr, x, AXIS_Y - 7);
          cairo_line_to (cr, x, AXIS_Y + 0.5);
        }
    }
  set_color (cr, &palette->dim, 0.8);
  cairo_stroke (cr);

  /* Faint guides down through the rows at the labelled ticks. */
  for (guint i = 0; i < scene->ticks->len; i++)
    {
      const ClaimlineTimelineTick *tick = &g_array_index (scene->ticks, ClaimlineTimelineTick, i);

      if (tick->major)
        {
          cairo_move_to (cr, floor (tick->x) + 0.5, AXIS_Y + 1);
          cairo_line_to (cr, floor (tick->x) + 0.5, bottom);
        }
    }
  set_color (cr, &palette->dim, 0.18);
  cairo_stroke (cr);

  set_color (cr, &palette->dim, 1.0);
  for (guint i = 0; i < scene->ticks->len; i++)
    {
      const ClaimlineTimelineTick *tick = &g_array_index (scene->ticks, ClaimlineTimelineTick, i);
      g_autofree char *text = NULL;

      if (!tick->major)
        continue;
      text = claimline_timeline_format_tick (tick);
      cairo_move_to (cr, tick->x + 3, 2);
      pango_cairo_show_layout (cr, text_layout (scene, text));
    }
}

/* Axis labels and badge counts repeat from frame to frame: each text is
 * shaped once. */
static PangoLayout *
text_layout (ClaimlineTimelineScene *scene,
             const char             *text)
{
  PangoLayout *layout = g_hash_table_lookup (scene->texts, text);

  if (layout == NULL)
    {
      if (g_hash_table_size (scene->texts) > 1024)
        g_hash_table_remove_all (scene->texts);
      layout = pango_layout_new (scene->context);
      pango_layout_set_text (layout, text, -1);
      g_hash_table_insert (scene->texts, g_strdup (text), layout);
    }
  return layout;
}

static PangoLayout *
event_layout (ClaimlineTimelineScene *scene,
              guint                   index)
{
  EventGeometry *geometry = &scene->geometry[index];

  if (geometry->layout == NULL)
    {
      const ClaimlineTimelineEvent *event = g_ptr_array_index (scene->events, index);

      /* Labels are shaped once and kept, up to a bound: panning across
       * thousands of events starts again rather than keeping them all. */
      if (++scene->n_layouts > MAX_CACHED_LAYOUTS)
        {
          for (guint i = 0; i < scene->events->len; i++)
            g_clear_object (&scene->geometry[i].layout);
          scene->n_layouts = 1;
        }

      geometry->layout = pango_layout_new (scene->context);
      pango_layout_set_text (geometry->layout, event->label ? event->label : "", -1);
      pango_layout_set_width (geometry->layout, (int) (MAX_LABEL_WIDTH * PANGO_SCALE));
      pango_layout_set_ellipsize (geometry->layout, PANGO_ELLIPSIZE_END);
    }
  return geometry->layout;
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   width,
              double   height,
              double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static double
mark_centre_y (int row)
{
  return row_top (row) + MARK_HEIGHT / 2 + 1;
}

/* A dot for a day, a bar for a period fading out at an open end; dashed
 * and paler when the date is approximate or inferred. */
static void
draw_mark (ClaimlineTimelineScene         *scene,
           cairo_t                        *cr,
           const ClaimlineTimelinePalette *palette,
           guint                           index)
{
  const ClaimlineTimelineEvent *event = g_ptr_array_index (scene->events, index);
  const EventGeometry *geometry = &scene->geometry[index];
  const ClaimlineTimelineSlot *slot = &scene->slots[index];
  const ClaimlineTimelineColor *color = event->conflict ? &palette->conflict : &palette->event;
  gboolean uncertain = event->approximate || event->inferred;
  double y = mark_centre_y (slot->row);
  double x0 = MAX (slot->x0, -OPEN_FADE);
  double x1 = MIN (slot->x1, scene->view.width + OPEN_FADE);
  static const double dashes[] = { 3.0, 2.0 };

  if (geometry->point)
    cairo_arc (cr, (slot->x0 + slot->x1) / 2, y, DOT_RADIUS, 0, 2 * G_PI);
  else
    rounded_rect (cr, x0, y - MARK_HEIGHT / 2, x1 - x0, MARK_HEIGHT, MARK_HEIGHT / 2);

  if (geometry->open_before || geometry->open_after)
    {
      cairo_pattern_t *fade = cairo_pattern_create_linear (x0, 0, x1, 0);
      double span = MAX (x1 - x0, 1);
      double fade_stop = MIN (OPEN_FADE / span, 0.5);

      cairo_pattern_add_color_stop_rgba (fade, 0, color->red, color->green, color->blue,
                                         geometry->open_before ? 0 : color->alpha * (uncertain ? 0.35 : 0.85));
      cairo_pattern_add_color_stop_rgba (fade, fade_stop, color->red, color->green, color->blue,
                                         color->alpha * (uncertain ? 0.35 : 0.85));
      cairo_pattern_add_color_stop_rgba (fade, 1 - fade_stop, color->red, color->green, color->blue,
                                         color->alpha * (uncertain ? 0.35 : 0.85));
      cairo_pattern_add_color_stop_rgba (fade, 1, color->red, color->green, color->blue,
                                         geometry->open_after ? 0 : color->alpha * (uncertain ? 0.35 : 0.85));
      cairo_set_source (cr, fade);
      cairo_pattern_destroy (fade);
    }
  else
    set_color (cr, color, uncertain ? 0.3 : 0.85);
  cairo_fill_preserve (cr);

  cairo_set_line_width (cr, 1.5);
  if (uncertain)
    cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  set_color (cr, color, uncertain ? 1.0 : 0.0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_label (ClaimlineTimelineScene         *scene,
            cairo_t                        *cr,
            const ClaimlineTimelinePalette *palette,
            guint                           index)
{
  const ClaimlineTimelineEvent *event = g_ptr_array_index (scene->events, index);
  const ClaimlineTimelineSlot *slot = &scene->slots[index];

  set_color (cr, event->inferred ? &palette->dim : &palette->foreground, 1.0);
  cairo_move_to (cr, slot->label_x, row_top (slot->row) + LABEL_TOP);
  pango_cairo_show_layout (cr, event_layout (scene, index));
}

/* The same fact placed at two times: the places joined by a curve, each
 * to the previous place of its group (the events are in date order). */
static void
draw_conflicts (ClaimlineTimelineScene         *scene,
                cairo_t                        *cr,
                const ClaimlineTimelinePalette *palette)
{
  static const double dashes[] = { 5.0, 3.0 };
  g_autoptr(GHashTable) previous = NULL;

  for (guint i = 0; i < scene->events->len; i++)
    {
      const ClaimlineTimelineEvent *event = g_ptr_array_index (scene->events, i);
      const ClaimlineTimelineSlot *slot = &scene->slots[i];
      const ClaimlineTimelineSlot *other;
      gpointer found;
      double ax, ay, bx, by, lift;

      if (!event->conflict || slot->row < 0)
        continue;
      if (previous == NULL)
        previous = g_hash_table_new (g_int64_hash, g_int64_equal);
      found = g_hash_table_lookup (previous, &event->group_id);
      g_hash_table_insert (previous, (gpointer) &event->group_id, GUINT_TO_POINTER (i + 1));
      if (found == NULL)
        continue;

      other = &scene->slots[GPOINTER_TO_UINT (found) - 1];
      ax = (other->x0 + other->x1) / 2;
      bx = (slot->x0 + slot->x1) / 2;
      ay = mark_centre_y (other->row);
      by = mark_centre_y (slot->row);
      lift = MIN (fabs (bx - ax) / 4, 14.0) + 4;
      cairo_move_to (cr, ax, ay);
      cairo_curve_to (cr, ax, MIN (ay, by) - lift, bx, MIN (ay, by) - lift, bx, by);
    }
  if (previous == NULL)
    return;
  cairo_set_line_width (cr, 2);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  set_color (cr, &palette->conflict, 0.9);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_badges (ClaimlineTimelineScene         *scene,
             cairo_t                        *cr,
             const ClaimlineTimelinePalette *palette)
{
  double top = badge_top (scene) + 2;

  for (guint i = 0; i < scene->clusters->len; i++)
    {
      const ClaimlineTimelineCluster *cluster = &g_array_index (scene->clusters, ClaimlineTimelineCluster, i);
      double width = badge_width (cluster->count);
      g_autofree char *text = g_strdup_printf ("+%u", cluster->count);
      PangoLayout *layout = text_layout (scene, text);
      int text_width, text_height;

      rounded_rect (cr, cluster->x - width / 2, top, width, BADGE_HEIGHT - 4, BADGE_HEIGHT / 2);
      set_color (cr, &palette->dim, 0.25);
      cairo_fill (cr);
      pango_layout_get_pixel_size (layout, &text_width, &text_height);
      set_color (cr, &palette->foreground, 1.0);
      cairo_move_to (cr, cluster->x - text_width / 2.0, top + (BADGE_HEIGHT - 4 - text_height) / 2);
      pango_cairo_show_layout (cr, layout);
    }
}

void
claimline_timeline_scene_draw (ClaimlineTimelineScene         *scene,
                               cairo_t                        *cr,
                               const ClaimlineTimelinePalette *palette,
                               int                             selected)
{
  g_return_if_fail (scene != NULL && cr != NULL && palette != NULL);

  cairo_save (cr);
  if (palette->background.alpha > 0)
    {
      set_color (cr, &palette->background, 1.0);
      cairo_paint (cr);
    }
  draw_axis (scene, cr, palette);
  draw_conflicts (scene, cr, palette);
  for (guint i = 0; i < scene->events->len; i++)
    if (scene->slots[i].row >= 0)
      {
        draw_mark (scene, cr, palette, i);
        draw_label (scene, cr, palette, i);
      }
  draw_badges (scene, cr, palette);

  if (selected >= 0 && (guint) selected < scene->events->len)
    {
      double x, y, width, height;

      if (claimline_timeline_scene_get_event_rect (scene, selected, &x, &y, &width, &height))
        {
          rounded_rect (cr, x - 4.5, y - 3.5, width + 9, height + 5, 6);
          cairo_set_line_width (cr, 2);
          set_color (cr, &palette->selection, 1.0);
          cairo_stroke (cr);
        }
    }
  cairo_restore (cr);
}

static cairo_status_t
append_to_bytes (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Cairo writes text as glyph outlines: a title and a description name the
 * events in words, for search, screen readers and scripts. */
static void
add_svg_description (GByteArray *svg,
                     GPtrArray  *events)
{
  g_autoptr(GString) description = g_string_new ("<title>");
  g_autofree char *title = g_markup_escape_text (_("Timeline"), -1);
  const char *text = (const char *) svg->data;
  const char *open;
  gsize offset;

  open = g_strstr_len (text, svg->len, "<svg");
  if (open == NULL)
    return;
  open = memchr (open, '>', svg->len - (open - text));
  if (open == NULL)
    return;
  offset = open - text + 1;

  g_string_append_printf (description, "%s</title>\n<desc>", title);
  for (guint i = 0; i < events->len; i++)
    {
      const ClaimlineTimelineEvent *event = g_ptr_array_index (events, i);
      g_autofree char *line = g_markup_printf_escaped ("%s: %s%s%s\n", event->value, event->label,
                                                       event->conflict ? " (conflict)" : "",
                                                       event->inferred ? " (inferred)" : "");

      g_string_append (description, line);
    }
  g_string_append (description, "</desc>\n");
  {
    g_autoptr(GByteArray) rest = g_byte_array_new ();

    g_byte_array_append (rest, svg->data + offset, svg->len - offset);
    g_byte_array_set_size (svg, offset);
    g_byte_array_append (svg, (const guint8 *) "\n", 1);
    g_byte_array_append (svg, (const guint8 *) description->str, description->len);
    g_byte_array_append (svg, rest->data, rest->len);
  }
}

gboolean
claimline_timeline_export (GPtrArray                      *events,
                           const ClaimlineTimelineViewport *view,
                           double                          width,
                           const ClaimlineTimelinePalette *palette,
                           ClaimlineTimelineExportFormat   format,
                           const char                     *path,
                           GError                        **error)
{
  g_autoptr(PangoFontMap) font_map = pango_cairo_font_map_new ();
  PangoContext *context = pango_font_map_create_context (font_map);
  g_autoptr(ClaimlineTimelineScene) scene = NULL;
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 10");
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  ClaimlineTimelineViewport fitted = { 0, 1, width };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double height, first, last;

  g_return_val_if_fail (events != NULL && palette != NULL && path != NULL, FALSE);
  g_return_val_if_fail (width >= 1, FALSE);

  pango_context_set_font_description (context, font);
  scene = claimline_timeline_scene_new (events, context);
  g_object_unref (context);
  if (view != NULL)
    fitted = *view;
  else
    {
      if (!claimline_timeline_scene_get_range (scene, &first, &last))
        {
          first = claimline_timeline_date_to_day (2000, 1, 1);
          last = first + 366;
        }
      claimline_timeline_scene_fit (scene, &fitted, first, last);
    }
  fitted.width = width;
  height = ceil (claimline_timeline_scene_natural_height (scene, &fitted, 4000));
  claimline_timeline_scene_layout (scene, &fitted, height);

  if (format == CLAIMLINE_TIMELINE_EXPORT_SVG)
    surface = cairo_svg_surface_create_for_stream (append_to_bytes, bytes, width, height);
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width), (int) height);

  cr = cairo_create (surface);
  pango_cairo_update_context (cr, scene->context);
  claimline_timeline_scene_draw (scene, cr, palette, -1);
  cairo_destroy (cr);

  if (format == CLAIMLINE_TIMELINE_EXPORT_PNG)
    status = cairo_surface_write_to_png_stream (surface, append_to_bytes, bytes);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_FAILED,
                   _("Could not draw the timeline: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  if (format == CLAIMLINE_TIMELINE_EXPORT_SVG)
    add_svg_description (bytes, events);
  return g_file_set_contents (path, (const char *) bytes->data, bytes->len, error);
}
