/* claimline-timeline-view.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "claimline-format.h"
#include "claimline-timeline-render.h"
#include "claimline-timeline-view.h"

#define ZOOM_STEP       1.5
#define MIN_AREA_HEIGHT 96
#define NAT_AREA_HEIGHT 200

struct _ClaimlineTimelineView
{
  GtkWidget               parent_instance;

  GPtrArray              *groups;      /* ClaimlineClaimGroup*, the events borrow their claims */
  GPtrArray              *events;      /* ClaimlineTimelineEvent* */
  ClaimlineTimelineScene *scene;
  ClaimlineTimelineViewport view;
  ClaimlineTimelinePalette palette;
  int                     selected;
  double                  pointer_x;
  double                  drag_start;  /* view.start when a drag began */
  double                  zoom_start;  /* px_per_day when a pinch began */
  guint                   needs_fit : 1;
  guint                   needs_layout : 1;

  /* Template widgets */
  GtkLabel               *count_label;
  GtkWidget              *toolbar;
};

G_DEFINE_FINAL_TYPE (ClaimlineTimelineView, claimline_timeline_view, GTK_TYPE_WIDGET)

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The drawing lies under the toolbar. */
static double
area_top (ClaimlineTimelineView *self)
{
  return gtk_widget_get_visible (self->toolbar) ? gtk_widget_get_height (self->toolbar) : 0;
}

static double
area_height (ClaimlineTimelineView *self)
{
  return MAX (gtk_widget_get_height (GTK_WIDGET (self)) - area_top (self), 1);
}

static void
ensure_layout (ClaimlineTimelineView *self)
{
  double first, last;

  if (self->scene == NULL)
    return;
  self->view.width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);
  if (self->needs_fit && gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    {
      if (claimline_timeline_scene_get_range (self->scene, &first, &last))
        claimline_timeline_scene_fit (self->scene, &self->view, first, last);
      self->needs_fit = FALSE;
      self->needs_layout = TRUE;
    }
  if (self->needs_layout)
    {
      claimline_timeline_scene_layout (self->scene, &self->view, area_height (self));
      self->needs_layout = FALSE;
    }
}

static void
invalidate (ClaimlineTimelineView *self)
{
  self->needs_layout = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
lookup_color (GtkStyleContext        *context,
              const char             *name,
              ClaimlineTimelineColor *color)
{
  GdkRGBA rgba;

  if (gtk_style_context_lookup_color (context, name, &rgba))
    *color = (ClaimlineTimelineColor) { rgba.red, rgba.green, rgba.blue, rgba.alpha };
}

/* Colours come from the theme (light or dark) and style.css. */
static void
update_palette (ClaimlineTimelineView *self)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA fg;

  gtk_style_context_get_color (context, &fg);
  claimline_timeline_palette_init_default (&self->palette, FALSE);
  self->palette.foreground = (ClaimlineTimelineColor) { fg.red, fg.green, fg.blue, fg.alpha };
  self->palette.dim = (ClaimlineTimelineColor) { fg.red, fg.green, fg.blue, fg.alpha * 0.6 };
  lookup_color (context, "view_bg_color", &self->palette.background);
  lookup_color (context, "accent_color", &self->palette.event);
  lookup_color (context, "accent_color", &self->palette.selection);
  lookup_color (context, "claimline_conflict_line", &self->palette.conflict);
}

static void
claimline_timeline_view_css_changed (GtkWidget         *widget,
                                     GtkCssStyleChange *change)
{
  ClaimlineTimelineView *self = CLAIMLINE_TIMELINE_VIEW (widget);

  GTK_WIDGET_CLASS (claimline_timeline_view_parent_class)->css_changed (widget, change);
  update_palette (self);
  gtk_widget_queue_draw (widget);
}

static void
claimline_timeline_view_measure (GtkWidget      *widget,
                                 GtkOrientation  orientation,
                                 int             for_size,
                                 int            *minimum,
                                 int            *natural,
                                 int            *minimum_baseline,
                                 int            *natural_baseline)
{
  ClaimlineTimelineView *self = CLAIMLINE_TIMELINE_VIEW (widget);
  int toolbar_min, toolbar_nat;

  gtk_widget_measure (self->toolbar, orientation, -1, &toolbar_min, &toolbar_nat, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = toolbar_min;
      *natural = toolbar_nat;
    }
  else
    {
      *minimum = toolbar_min + MIN_AREA_HEIGHT;
      *natural = toolbar_nat + NAT_AREA_HEIGHT;
    }
}

static void
claimline_timeline_view_size_allocate (GtkWidget *widget,
                                       int        width,
                                       int        height,
                                       int        baseline)
{
  ClaimlineTimelineView *self = CLAIMLINE_TIMELINE_VIEW (widget);
  int toolbar_height;

  gtk_widget_measure (self->toolbar, GTK_ORIENTATION_VERTICAL, width, &toolbar_height, NULL, NULL, NULL);
  gtk_widget_allocate (self->toolbar, width, toolbar_height, -1, NULL);
  if (self->view.width != width)
    {
      /* Keep the middle of the view in the middle. */
      if (self->view.width > 0)
        self->view.start += (self->view.width - width) / 2.0 / self->view.px_per_day;
      self->view.width = width;
    }
  self->needs_layout = TRUE;
}

static void
claimline_timeline_view_snapshot (GtkWidget   *widget,
                                  GtkSnapshot *snapshot)
{
  ClaimlineTimelineView *self = CLAIMLINE_TIMELINE_VIEW (widget);
  double top = area_top (self);
  int width = gtk_widget_get_width (widget);
  ClaimlineTimelinePalette palette = self->palette;
  cairo_t *cr;

  gtk_widget_snapshot_child (widget, self->toolbar, snapshot);
  if (self->scene == NULL || width <= 0)
    return;

  ensure_layout (self);
  /* The CSS background is already drawn. */
  palette.background.alpha = 0;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, top, width, area_height (self)));
  cairo_translate (cr, 0, top);
  claimline_timeline_scene_draw (self->scene, cr, &palette, self->selected);
  cairo_destroy (cr);
}

/* Brings the event on screen and out of any count badge. */
static void
reveal_event (ClaimlineTimelineView *self,
              guint                  index)
{
  const ClaimlineTimelineSlot *slot;
  double first, last, x;

  ensure_layout (self);
  claimline_timeline_scene_get_event_days (self->scene, index, &first, &last);
  slot = claimline_timeline_scene_get_slot (self->scene, index);
  x = MAX (slot->x0, 0);
  if (slot->row == -2 || x > self->view.width - 80)
    {
      self->view.start = first - self->view.width / 3 / self->view.px_per_day;
      self->needs_layout = TRUE;
      ensure_layout (self);
    }
  for (guint i = 0; i < 12 && claimline_timeline_scene_get_slot (self->scene, index)->row < 0; i++)
    {
      const ClaimlineTimelineSlot *s = claimline_timeline_scene_get_slot (self->scene, index);

      claimline_timeline_viewport_zoom (&self->view, ZOOM_STEP, CLAMP ((s->x0 + s->x1) / 2, 0, self->view.width));
      self->needs_layout = TRUE;
      ensure_layout (self);
    }
}

static void
update_accessible (ClaimlineTimelineView *self)
{
  g_autofree char *description = NULL;
  guint n = self->events != NULL ? self->events->len : 0;

  if (self->selected >= 0)
    {
      g_autofree char *event = claimline_timeline_view_describe_event (self, self->selected, FALSE);

      /* TRANSLATORS: the accessible description of the timeline: "Event 3 of 17: …" */
      description = g_strdup_printf (_("Event %d of %u: %s"), self->selected + 1, n, event);
    }
  else
    description = g_strdup_printf (ngettext ("%u event; Left and Right move between them",
                                             "%u events; Left and Right move between them", n), n);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

void
claimline_timeline_view_select_event (ClaimlineTimelineView *self,
                                      int                    index)
{
  g_return_if_fail (CLAIMLINE_IS_TIMELINE_VIEW (self));
  g_return_if_fail (index < (int) claimline_timeline_view_get_n_events (self));

  self->selected = MAX (index, -1);
  if (self->selected >= 0)
    reveal_event (self, self->selected);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
activate_selected (ClaimlineTimelineView *self)
{
  if (self->selected >= 0)
    g_signal_emit (self, signals[EVENT_ACTIVATED], 0, (guint) self->selected);
}

static int
hit (ClaimlineTimelineView *self,
     double                 x,
     double                 y,
     gboolean              *is_cluster)
{
  if (self->scene == NULL)
    return -1;
  ensure_layout (self);
  return claimline_timeline_scene_hit (self->scene, x, y - area_top (self), is_cluster);
}

static void
on_click_released_cb (ClaimlineTimelineView *self,
                      int                    n_press,
                      double                 x,
                      double                 y,
                      GtkGestureClick       *gesture)
{
  gboolean is_cluster = FALSE;
  int index;

  if (y < area_top (self))
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  index = hit (self, x, y, &is_cluster);
  if (index < 0)
    return;
  if (is_cluster)
    {
      /* A count badge opens up as the view zooms in around it. */
      claimline_timeline_viewport_zoom (&self->view, ZOOM_STEP * ZOOM_STEP, x);
      invalidate (self);
      return;
    }
  claimline_timeline_view_select_event (self, index);
  activate_selected (self);
}

static void
on_drag_begin_cb (ClaimlineTimelineView *self,
                  double                 x,
                  double                 y,
                  GtkGestureDrag        *gesture)
{
  if (y < area_top (self))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  self->drag_start = self->view.start;
}

static void
on_drag_update_cb (ClaimlineTimelineView *self,
                   double                 offset_x,
                   double                 offset_y,
                   GtkGestureDrag        *gesture)
{
  if (fabs (offset_x) < 4 && gtk_gesture_get_sequence_state (GTK_GESTURE (gesture), NULL) != GTK_EVENT_SEQUENCE_CLAIMED)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  self->view.start = self->drag_start - offset_x / self->view.px_per_day;
  invalidate (self);
}

static void
on_zoom_begin_cb (ClaimlineTimelineView *self,
                  GdkEventSequence      *sequence,
                  GtkGestureZoom        *gesture)
{
  self->zoom_start = self->view.px_per_day;
}

static void
on_zoom_scale_changed_cb (ClaimlineTimelineView *self,
                          double                 scale,
                          GtkGestureZoom        *gesture)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    x = self->view.width / 2;
  claimline_timeline_viewport_zoom (&self->view, self->zoom_start * scale / self->view.px_per_day, x);
  invalidate (self);
}

static void
on_motion_cb (ClaimlineTimelineView    *self,
              double                    x,
              double                    y,
              GtkEventControllerMotion *motion)
{
  self->pointer_x = x;
}

static gboolean
on_scroll_cb (ClaimlineTimelineView    *self,
              double                    dx,
              double                    dy,
              GtkEventControllerScroll *scroll)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));
  /* Wheels scroll in steps, touchpads in pixels. */
  double step = gtk_event_controller_scroll_get_unit (scroll) == GDK_SCROLL_UNIT_WHEEL ? 48 : 1;

  if (self->scene == NULL)
    return FALSE;
  if (state & GDK_CONTROL_MASK)
    claimline_timeline_viewport_zoom (&self->view, pow (1.2, -dy * step / 48), self->pointer_x);
  else
    claimline_timeline_viewport_pan (&self->view, -(dx + dy) * step);
  invalidate (self);
  return TRUE;
}

static gboolean
on_query_tooltip_cb (ClaimlineTimelineView *self,
                     int                    x,
                     int                    y,
                     gboolean               keyboard,
                     GtkTooltip            *tooltip)
{
  g_autofree char *markup = NULL;
  gboolean is_cluster = FALSE;
  int index;

  if (keyboard)
    index = self->selected;
  else
    index = hit (self, x, y, &is_cluster);
  if (index < 0)
    return FALSE;
  if (is_cluster)
    markup = g_strdup (_("More events: click or zoom in to see them"));
  else
    markup = claimline_timeline_view_describe_event (self, index, TRUE);
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

static void
on_focus_enter_cb (ClaimlineTimelineView   *self,
                   GtkEventControllerFocus *focus)
{
  /* Keyboard users start at the first event on screen. */
  if (self->selected < 0 && self->scene != NULL)
    {
      ensure_layout (self);
      for (guint i = 0; i < self->events->len; i++)
        if (claimline_timeline_scene_get_slot (self->scene, i)->row >= 0)
          {
            claimline_timeline_view_select_event (self, i);
            break;
          }
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
move_selection (ClaimlineTimelineView *self,
                int                    delta)
{
  int n = (int) claimline_timeline_view_get_n_events (self);

  if (n == 0)
    return;
  if (self->selected < 0)
    claimline_timeline_view_select_event (self, delta > 0 ? 0 : n - 1);
  else
    claimline_timeline_view_select_event (self, CLAMP (self->selected + delta, 0, n - 1));
}

static void
claimline_timeline_view_move_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  move_selection (CLAIMLINE_TIMELINE_VIEW (widget), g_variant_get_int32 (parameter));
}

static void
claimline_timeline_view_zoom_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  ClaimlineTimelineView *self = CLAIMLINE_TIMELINE_VIEW (widget);

  claimline_timeline_view_zoom (self, g_str_equal (action_name, "timeline.zoom-in")
                                      ? ZOOM_STEP : 1 / ZOOM_STEP);
}

static void
claimline_timeline_view_fit_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  claimline_timeline_view_fit (CLAIMLINE_TIMELINE_VIEW (widget));
}

static void
claimline_timeline_view_activate_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  activate_selected (CLAIMLINE_TIMELINE_VIEW (widget));
}

typedef struct
{
  ClaimlineTimelineView         *self;
  ClaimlineTimelineExportFormat  format;
} ExportRequest;

static void
on_export_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       ExportRequest   *request)
{
  g_autoptr(GtkNativeDialog) native = dialog;
  g_autoptr(ClaimlineTimelineView) self = request->self;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      path = file != NULL ? g_file_get_path (file) : NULL;
      if (path != NULL && !claimline_timeline_view_export (self, request->format == CLAIMLINE_TIMELINE_EXPORT_SVG,
                                                           path, &error))
        {
          GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
          GtkWidget *message = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Could Not Export the Timeline"),
                                                       error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (message));
        }
    }
  g_free (request);
}

static void
claimline_timeline_view_export_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  ClaimlineTimelineView *self = CLAIMLINE_TIMELINE_VIEW (widget);
  gboolean svg = g_str_equal (g_variant_get_string (parameter, NULL), "svg");
  g_autoptr(GtkFileChooserNative) native = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (widget);
  ExportRequest *request;

  if (self->events == NULL)
    return;
  gtk_file_filter_set_name (filter, svg ? _("SVG Images") : _("PNG Images"));
  gtk_file_filter_add_suffix (filter, svg ? "svg" : "png");
  native = gtk_file_chooser_native_new (_("Export the Timeline"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  /* TRANSLATORS: the file name offered when exporting the timeline */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), svg ? _("timeline.svg") : _("timeline.png"));

  request = g_new0 (ExportRequest, 1);
  request->self = g_object_ref (self);
  request->format = svg ? CLAIMLINE_TIMELINE_EXPORT_SVG : CLAIMLINE_TIMELINE_EXPORT_PNG;
  g_signal_connect (native, "response", G_CALLBACK (on_export_response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
  /* on_export_response_cb() owns the dialog from here on. */
  g_steal_pointer (&native);
}

static void
claimline_timeline_view_dispose (GObject *object)
{
  ClaimlineTimelineView *self = (ClaimlineTimelineView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CLAIMLINE_TYPE_TIMELINE_VIEW);
  g_clear_pointer (&self->scene, claimline_timeline_scene_free);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (claimline_timeline_view_parent_class)->dispose (object);
}

static void
add_key (GtkWidgetClass *widget_class,
         guint           keyval,
         const char     *action_name,
         const char     *format,
         int             value)
{
  if (format != NULL)
    gtk_widget_class_add_binding_action (widget_class, keyval, 0, action_name, format, value);
  else
    gtk_widget_class_add_binding_action (widget_class, keyval, 0, action_name, NULL);
}

static void
claimline_timeline_view_class_init (ClaimlineTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = claimline_timeline_view_dispose;

  widget_class->css_changed = claimline_timeline_view_css_changed;
  widget_class->measure = claimline_timeline_view_measure;
  widget_class->size_allocate = claimline_timeline_view_size_allocate;
  widget_class->snapshot = claimline_timeline_view_snapshot;

  /**
   * ClaimlineTimelineView::event-activated:
   * @index: the event
   *
   * An event was clicked or Enter pressed on it: the window shows the
   * claim that places it.
   */
  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/claimline-timeline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ClaimlineTimelineView, count_label);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineTimelineView, toolbar);
  gtk_widget_class_set_css_name (widget_class, "timeline");

  gtk_widget_class_install_action (widget_class, "timeline.move", "i",
                                   claimline_timeline_view_move_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL,
                                   claimline_timeline_view_zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL,
                                   claimline_timeline_view_zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.fit", NULL,
                                   claimline_timeline_view_fit_action);
  gtk_widget_class_install_action (widget_class, "timeline.activate", NULL,
                                   claimline_timeline_view_activate_action);
  gtk_widget_class_install_action (widget_class, "timeline.export", "s",
                                   claimline_timeline_view_export_action);

  add_key (widget_class, GDK_KEY_Left, "timeline.move", "i", -1);
  add_key (widget_class, GDK_KEY_KP_Left, "timeline.move", "i", -1);
  add_key (widget_class, GDK_KEY_Right, "timeline.move", "i", 1);
  add_key (widget_class, GDK_KEY_KP_Right, "timeline.move", "i", 1);
  add_key (widget_class, GDK_KEY_plus, "timeline.zoom-in", NULL, 0);
  add_key (widget_class, GDK_KEY_equal, "timeline.zoom-in", NULL, 0);
  add_key (widget_class, GDK_KEY_KP_Add, "timeline.zoom-in", NULL, 0);
  add_key (widget_class, GDK_KEY_minus, "timeline.zoom-out", NULL, 0);
  add_key (widget_class, GDK_KEY_KP_Subtract, "timeline.zoom-out", NULL, 0);
  add_key (widget_class, GDK_KEY_Home, "timeline.fit", NULL, 0);
  add_key (widget_class, GDK_KEY_KP_Home, "timeline.fit", NULL, 0);
  add_key (widget_class, GDK_KEY_Return, "timeline.activate", NULL, 0);
  add_key (widget_class, GDK_KEY_KP_Enter, "timeline.activate", NULL, 0);
  add_key (widget_class, GDK_KEY_space, "timeline.activate", NULL, 0);
}

static void
claimline_timeline_view_init (ClaimlineTimelineView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *zoom = gtk_gesture_zoom_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->selected = -1;
  self->view.px_per_day = 1;
  update_palette (self);

  g_signal_connect_swapped (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect_swapped (zoom, "begin", G_CALLBACK (on_zoom_begin_cb), self);
  g_signal_connect_swapped (zoom, "scale-changed", G_CALLBACK (on_zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (on_motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (on_focus_enter_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);

  claimline_timeline_view_set_groups (self, NULL);
}

GtkWidget *
claimline_timeline_view_new (void)
{
  return g_object_new (CLAIMLINE_TYPE_TIMELINE_VIEW, NULL);
}

void
claimline_timeline_view_set_groups (ClaimlineTimelineView *self,
                                    GPtrArray             *groups)
{
  g_autofree char *count = NULL;
  guint n;

  g_return_if_fail (CLAIMLINE_IS_TIMELINE_VIEW (self));

  g_clear_pointer (&self->scene, claimline_timeline_scene_free);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  self->selected = -1;

  if (groups != NULL)
    {
      self->groups = g_ptr_array_ref (groups);
      self->events = claimline_timeline_build (groups);
      self->scene = claimline_timeline_scene_new (self->events,
                                                  gtk_widget_get_pango_context (GTK_WIDGET (self)));
      self->needs_fit = TRUE;
    }

  n = claimline_timeline_view_get_n_events (self);
  count = n > 0 ? g_strdup_printf (ngettext ("%u dated event", "%u dated events", n), n)
                : g_strdup (_("No dated events in this story"));
  gtk_label_set_label (self->count_label, count);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.export", n > 0);
  update_accessible (self);
  invalidate (self);
}

guint
claimline_timeline_view_get_n_events (ClaimlineTimelineView *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_TIMELINE_VIEW (self), 0);

  return self->events != NULL ? self->events->len : 0;
}

const ClaimlineTimelineEvent *
claimline_timeline_view_get_event (ClaimlineTimelineView *self,
                                   guint                  index)
{
  g_return_val_if_fail (CLAIMLINE_IS_TIMELINE_VIEW (self), NULL);
  g_return_val_if_fail (index < claimline_timeline_view_get_n_events (self), NULL);

  return g_ptr_array_index (self->events, index);
}

int
claimline_timeline_view_get_selected (ClaimlineTimelineView *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_TIMELINE_VIEW (self), -1);

  return self->selected;
}

int
claimline_timeline_view_highlight_claim (ClaimlineTimelineView *self,
                                         gint64                 claim_id,
                                         gint64                 group_id)
{
  int found = -1;

  g_return_val_if_fail (CLAIMLINE_IS_TIMELINE_VIEW (self), -1);

  for (guint i = 0; self->events != NULL && i < self->events->len && found < 0; i++)
    {
      const ClaimlineTimelineEvent *event = g_ptr_array_index (self->events, i);

      for (guint c = 0; c < event->claims->len; c++)
        if (((const ClaimlineClaim *) g_ptr_array_index (event->claims, c))->id == claim_id)
          found = (int) i;
    }
  for (guint i = 0; self->events != NULL && i < self->events->len && found < 0; i++)
    if (group_id > 0 && ((const ClaimlineTimelineEvent *) g_ptr_array_index (self->events, i))->group_id == group_id)
      found = (int) i;

  if (found >= 0 || self->selected >= 0)
    claimline_timeline_view_select_event (self, found);
  return found;
}

gboolean
claimline_timeline_view_get_event_area (ClaimlineTimelineView *self,
                                        guint                  index,
                                        graphene_rect_t       *area)
{
  double x, y, width, height;

  g_return_val_if_fail (CLAIMLINE_IS_TIMELINE_VIEW (self), FALSE);
  g_return_val_if_fail (index < claimline_timeline_view_get_n_events (self), FALSE);

  ensure_layout (self);
  if (!claimline_timeline_scene_get_event_rect (self->scene, index, &x, &y, &width, &height))
    return FALSE;
  graphene_rect_init (area, x, y + area_top (self), width, height);
  return TRUE;
}

/* The sentence of the group member that holds CLAIM. */
static const ClaimlineGroupMember *
find_member (ClaimlineTimelineView *self,
             const ClaimlineClaim  *claim)
{
  for (guint g = 0; self->groups != NULL && g < self->groups->len; g++)
    {
      const ClaimlineClaimGroup *group = g_ptr_array_index (self->groups, g);

      if (group->id != claim->group_id && claim->group_id != 0)
        continue;
      for (guint m = 0; m < group->members->len; m++)
        {
          const ClaimlineGroupMember *member = g_ptr_array_index (group->members, m);

          if (member->claim == claim)
            return member;
        }
    }
  return NULL;
}

static char *
describe_date (const ClaimlineTimelineEvent *event)
{
  g_autofree char *range = NULL;

  if (event->low == NULL && event->high != NULL)
    {
      g_autofree char *high = claimline_format_iso_date (event->high, FALSE, NULL);

      /* TRANSLATORS: an event open before: "by 31 Dec 2027" */
      return g_strdup_printf (_("by %s"), high);
    }
  if (event->high == NULL && event->low != NULL)
    {
      g_autofree char *low = claimline_format_iso_date (event->low, FALSE, NULL);

      /* TRANSLATORS: an event open after: "since 1 Jan 2020" */
      return g_strdup_printf (_("since %s"), low);
    }
  range = claimline_format_date_range (event->low, event->high);
  if (range == NULL || g_strcmp0 (range, event->value) == 0)
    return g_strdup (event->value);
  return g_strdup_printf ("%s (%s)", event->value, range);
}

static void
append_line (GString    *text,
             gboolean    markup,
             const char *format,
             ...) G_GNUC_PRINTF (3, 4);

static void
append_line (GString    *text,
             gboolean    markup,
             const char *format,
             ...)
{
  va_list args;
  g_autofree char *line = NULL;

  va_start (args, format);
  line = markup ? g_markup_vprintf_escaped (format, args) : g_strdup_vprintf (format, args);
  va_end (args);
  if (text->len > 0)
    g_string_append (text, markup ? "\n" : ". ");
  g_string_append (text, line);
}

char *
claimline_timeline_view_describe_event (ClaimlineTimelineView *self,
                                        guint                  index,
                                        gboolean               markup)
{
  const ClaimlineTimelineEvent *event;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) outlets = g_string_new (NULL);
  g_autofree char *date = NULL;

  g_return_val_if_fail (CLAIMLINE_IS_TIMELINE_VIEW (self), NULL);
  g_return_val_if_fail (index < claimline_timeline_view_get_n_events (self), NULL);

  event = g_ptr_array_index (self->events, index);
  date = describe_date (event);
  append_line (text, markup, markup ? "<b>%s</b>" : "%s", event->label);
  append_line (text, markup, "%s", date);
  if (event->approximate)
    append_line (text, markup, "%s", _("The date is approximate"));
  if (event->inferred)
    append_line (text, markup, "%s", _("The date is inferred from the story, not given by the articles"));
  if (event->conflict)
    append_line (text, markup, "%s", _("Outlets place this at different times"));

  for (guint i = 0; i < event->outlets->len; i++)
    g_string_append_printf (outlets, "%s%s", i > 0 ? ", " : "",
                            (const char *) g_ptr_array_index (event->outlets, i));
  if (outlets->len > 0)
    append_line (text, markup, _("Sources: %s"), outlets->str);

  /* The wording of the first few outlets. */
  for (guint i = 0; i < event->claims->len && i < 3; i++)
    {
      const ClaimlineClaim *claim = g_ptr_array_index (event->claims, i);
      const ClaimlineGroupMember *member = find_member (self, claim);
      const char *wording = member != NULL && member->sentence != NULL ? member->sentence : claim->text;
      g_autofree char *shortened = NULL;

      if (g_utf8_strlen (wording, -1) > 160)
        {
          g_autofree char *head = g_utf8_substring (wording, 0, 159);

          shortened = g_strconcat (head, "…", NULL);
          wording = shortened;
        }
      if (member != NULL && member->outlet != NULL)
        append_line (text, markup, markup ? "<i>%s</i>: “%s”" : "%s: “%s”", member->outlet, wording);
      else
        append_line (text, markup, "“%s”", wording);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

const ClaimlineClaim *
claimline_timeline_view_get_event_claim (ClaimlineTimelineView *self,
                                         guint                  index)
{
  const ClaimlineTimelineEvent *event = claimline_timeline_view_get_event (self, index);

  return event != NULL && event->claims->len > 0 ? g_ptr_array_index (event->claims, 0) : NULL;
}

void
claimline_timeline_view_fit (ClaimlineTimelineView *self)
{
  g_return_if_fail (CLAIMLINE_IS_TIMELINE_VIEW (self));

  self->needs_fit = TRUE;
  invalidate (self);
}

void
claimline_timeline_view_zoom (ClaimlineTimelineView *self,
                              double                 factor)
{
  double anchor;

  g_return_if_fail (CLAIMLINE_IS_TIMELINE_VIEW (self));

  ensure_layout (self);
  anchor = self->view.width / 2;
  /* Zoom around the selected event when it is on screen. */
  if (self->selected >= 0 && self->scene != NULL)
    {
      const ClaimlineTimelineSlot *slot = claimline_timeline_scene_get_slot (self->scene, self->selected);

      if (slot->row >= 0)
        anchor = CLAMP ((MAX (slot->x0, 0) + MIN (slot->x1, self->view.width)) / 2, 0, self->view.width);
    }
  claimline_timeline_viewport_zoom (&self->view, factor, anchor);
  invalidate (self);
}

double
claimline_timeline_view_get_zoom (ClaimlineTimelineView *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_TIMELINE_VIEW (self), 0);

  ensure_layout (self);
  return self->view.px_per_day;
}

gboolean
claimline_timeline_view_export (ClaimlineTimelineView  *self,
                                gboolean                svg,
                                const char             *path,
                                GError                **error)
{
  ClaimlineTimelinePalette palette;
  g_autoptr(GPtrArray) none = NULL;

  g_return_val_if_fail (CLAIMLINE_IS_TIMELINE_VIEW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  ensure_layout (self);
  /* What is on screen, in the current colours, on an opaque background. */
  palette = self->palette;
  palette.background.alpha = 1;
  if (self->events == NULL)
    none = g_ptr_array_new ();
  return claimline_timeline_export (self->events != NULL ? self->events : none,
                                    self->events != NULL ? &self->view : NULL,
                                    MAX (self->view.width, 1), &palette,
                                    svg ? CLAIMLINE_TIMELINE_EXPORT_SVG : CLAIMLINE_TIMELINE_EXPORT_PNG,
                                    path, error);
}
