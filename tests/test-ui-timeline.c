/* test-ui-timeline.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The story's timeline in the real window under a display server (Xvfb in
 * CI), on the sample story of a first run: the events in date order with
 * the revenue conflict at both years, activating an event opens its claim
 * in the article and the comparison, a claim chosen in the article marks
 * its event, and the keyboard zooms, fits and moves between events.
 * Screenshots go to $G_TEST_BUILDDIR/screenshots/ for review.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "claimline-application.h"
#include "claimline-article-view.h"
#include "claimline-comparison-panel.h"
#include "claimline-story-item.h"
#include "claimline-timeline-view.h"
#include "claimline-window.h"
#include "test-ui-util.h"

static char *data_home;
static gboolean have_display;
static ClaimlineApplication *app;
static ClaimlineWindow *window;

static ClaimlineTimelineView *
get_timeline (void)
{
  GtkWidget *timeline = find_descendant (GTK_WIDGET (window), CLAIMLINE_TYPE_TIMELINE_VIEW);

  g_assert_nonnull (timeline);
  return CLAIMLINE_TIMELINE_VIEW (timeline);
}

static ClaimlineArticleView *
get_article_view (void)
{
  GtkWidget *view = find_descendant (GTK_WIDGET (window), CLAIMLINE_TYPE_ARTICLE_VIEW);

  g_assert_nonnull (view);
  return CLAIMLINE_ARTICLE_VIEW (view);
}

static gboolean
window_is_drawn (gpointer data)
{
  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window))
         && gtk_widget_get_height (GTK_WIDGET (get_article_view ())) > 0;
}

static gboolean
timeline_is_shown (gpointer data)
{
  ClaimlineTimelineView *timeline = get_timeline ();
  graphene_rect_t area;

  return gtk_widget_get_mapped (GTK_WIDGET (timeline))
         && gtk_widget_get_width (GTK_WIDGET (timeline)) > 0
         && claimline_timeline_view_get_n_events (timeline) > 0
         && claimline_timeline_view_get_event_area (timeline, 0, &area);
}

/* The sidebar's selection: the list whose model is the list of stories. */
static GtkSingleSelection *
find_story_selection (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkSingleSelection *found;

      if (GTK_IS_LIST_VIEW (child))
        {
          GtkSelectionModel *model = gtk_list_view_get_model (GTK_LIST_VIEW (child));

          if (GTK_IS_SINGLE_SELECTION (model)
              && G_IS_LIST_STORE (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (model))))
            return GTK_SINGLE_SELECTION (model);
        }
      if ((found = find_story_selection (child)) != NULL)
        return found;
    }
  return NULL;
}

/* Starts the application the way a user does, once for the whole run, on
 * the sample story with the timeline shown. */
static gboolean
ensure_window (void)
{
  g_autoptr(GError) error = NULL;
  GtkSingleSelection *stories;

  if (!have_display)
    {
      g_test_skip ("No display could be opened: run the UI tests under xvfb-run");
      return FALSE;
    }
  if (window != NULL)
    return TRUE;

  app = claimline_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));

  window = CLAIMLINE_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  g_assert_true (wait_for (window_is_drawn, NULL));

  /* The sample story, chosen in the sidebar: the one after "All Articles". */
  stories = find_story_selection (GTK_WIDGET (window));
  if (stories != NULL && g_list_model_get_n_items (G_LIST_MODEL (stories)) > 1)
    gtk_single_selection_set_selected (stories, 1);

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (get_timeline ())));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-timeline", NULL);
  g_assert_true (wait_for (timeline_is_shown, NULL));
  /* Remembered for the next start. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

    g_assert_true (g_settings_get_boolean (settings, "show-timeline"));
  }
  pause_for (300);
  return TRUE;
}

static int
find_event (ClaimlineTimelineView *timeline,
            const char            *value,
            const char            *label_part)
{
  for (guint i = 0; i < claimline_timeline_view_get_n_events (timeline); i++)
    {
      const ClaimlineTimelineEvent *event = claimline_timeline_view_get_event (timeline, i);

      if (g_strcmp0 (event->value, value) == 0 && strstr (event->label, label_part) != NULL)
        return (int) i;
    }
  return -1;
}

static void
test_events_in_order (void)
{
  ClaimlineTimelineView *timeline;
  graphene_rect_t founded, revenue_2023, revenue_2024, revenue_2025;
  const ClaimlineTimelineEvent *conflict_2023, *conflict_2024;
  int i_founded, i_2023, i_2024, i_2025;
  guint n;

  if (!ensure_window ())
    return;
  timeline = get_timeline ();
  n = claimline_timeline_view_get_n_events (timeline);
  g_assert_cmpuint (n, >=, 4);

  /* Left to right: founded in 2016, the revenue placed in 2023 by one
   * outlet and in 2024 by the others, the 2025 projection. */
  i_founded = find_event (timeline, "2016", "founded");
  i_2023 = find_event (timeline, "2023", "revenue");
  i_2024 = find_event (timeline, "2024", "revenue");
  i_2025 = find_event (timeline, "2025", "revenue");
  g_assert_cmpint (i_founded, ==, 0);
  g_assert_cmpint (i_2023, >, i_founded);
  g_assert_cmpint (i_2024, >, i_2023);
  g_assert_cmpint (i_2025, >, i_2024);

  conflict_2023 = claimline_timeline_view_get_event (timeline, i_2023);
  conflict_2024 = claimline_timeline_view_get_event (timeline, i_2024);
  g_assert_true (conflict_2023->conflict);
  g_assert_true (conflict_2024->conflict);
  g_assert_cmpint (conflict_2023->group_id, ==, conflict_2024->group_id);

  /* Fitted, every one of them is drawn on its own, in date order. */
  claimline_timeline_view_fit (timeline);
  pause_for (200);
  save_widget_screenshot (GTK_WIDGET (timeline), "timeline.png");
  save_widget_screenshot (GTK_WIDGET (window), "timeline-window.png");
  g_assert_true (claimline_timeline_view_get_event_area (timeline, i_founded, &founded));
  g_assert_true (claimline_timeline_view_get_event_area (timeline, i_2023, &revenue_2023));
  g_assert_true (claimline_timeline_view_get_event_area (timeline, i_2024, &revenue_2024));
  g_assert_cmpfloat (founded.origin.x, <, revenue_2023.origin.x);
  g_assert_cmpfloat (revenue_2023.origin.x, <, revenue_2024.origin.x);
  /* In a short pane the 2025 events may share a count badge; when drawn
   * on its own, the projection lies right of 2024 and on screen. */
  if (claimline_timeline_view_get_event_area (timeline, i_2025, &revenue_2025))
    {
      g_assert_cmpfloat (revenue_2024.origin.x, <, revenue_2025.origin.x);
      g_assert_cmpfloat (revenue_2025.origin.x, <, gtk_widget_get_width (GTK_WIDGET (timeline)));
    }

  /* All events, not only these: an earlier start never lies right of a
   * later one. */
  for (guint i = 0; i + 1 < n; i++)
    {
      const ClaimlineTimelineEvent *a = claimline_timeline_view_get_event (timeline, i);
      const ClaimlineTimelineEvent *b = claimline_timeline_view_get_event (timeline, i + 1);
      graphene_rect_t area_a, area_b;

      if (a->low != NULL && b->low != NULL && g_strcmp0 (a->low, b->low) < 0
          && claimline_timeline_view_get_event_area (timeline, i, &area_a)
          && claimline_timeline_view_get_event_area (timeline, i + 1, &area_b))
        g_assert_cmpfloat (area_a.origin.x, <, area_b.origin.x);
    }

}

typedef struct
{
  gint64 article_id;
  gsize  start;
} ClaimShown;

static gboolean
claim_is_shown (gpointer data)
{
  ClaimShown *shown = data;
  ClaimlineArticleView *view = get_article_view ();
  ClaimlineArticle *article = claimline_article_view_get_article (view);
  GtkTextView *text_view = GTK_TEXT_VIEW (find_descendant (GTK_WIDGET (view), GTK_TYPE_TEXT_VIEW));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  GdkRectangle visible, location;
  GtkTextIter iter;
  int current = claimline_article_view_get_current_claim (view);

  if (article == NULL || claimline_article_get_id (article) != shown->article_id || current < 0
      || claimline_article_view_get_claim (view, current)->start != shown->start)
    return FALSE;

  /* The buffer holds the title and byline before the text: the claim's
   * figure is the selection the view scrolled to. */
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  gtk_text_view_get_visible_rect (text_view, &visible);
  gtk_text_view_get_iter_location (text_view, &iter, &location);
  if (g_getenv ("TIMELINE_TEST_DEBUG"))
    g_printerr ("visible %d+%d location %d+%d\n", visible.y, visible.height, location.y, location.height);
  return location.y >= visible.y && location.y + location.height <= visible.y + visible.height;
}

static void
test_activate_event (void)
{
  ClaimlineTimelineView *timeline;
  const ClaimlineTimelineEvent *event;
  const ClaimlineClaim *claim;
  const ClaimlineClaimGroup *group;
  ClaimShown shown;
  int index;

  if (!ensure_window ())
    return;
  timeline = get_timeline ();

  /* The 2023 revenue: one outlet's claim, whose article is not the one on
   * display at first. */
  index = find_event (timeline, "2023", "revenue");
  g_assert_cmpint (index, >=, 0);
  event = claimline_timeline_view_get_event (timeline, index);
  g_assert_cmpuint (event->claims->len, ==, 1);
  claim = g_ptr_array_index (event->claims, 0);
  shown.article_id = claim->article_id;
  shown.start = claim->start;

  gtk_widget_grab_focus (GTK_WIDGET (timeline));
  claimline_timeline_view_select_event (timeline, index);
  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.activate", NULL);

  if (!wait_for (claim_is_shown, &shown))
    {
      ClaimlineArticleView *view = get_article_view ();
      ClaimlineArticle *article = claimline_article_view_get_article (view);
      int current = claimline_article_view_get_current_claim (view);

      g_error ("Not shown: article %" G_GINT64_FORMAT " (wanted %" G_GINT64_FORMAT "), current claim %d at %zu (wanted %zu)",
               article ? claimline_article_get_id (article) : -1, shown.article_id, current,
               current >= 0 ? claimline_article_view_get_claim (view, current)->start : 0, shown.start);
    }
  group = claimline_comparison_panel_get_group (CLAIMLINE_COMPARISON_PANEL (
    find_descendant (GTK_WIDGET (window), CLAIMLINE_TYPE_COMPARISON_PANEL)));
  g_assert_nonnull (group);
  g_assert_cmpint (group->id, ==, event->group_id);
  g_assert_cmpint (claimline_timeline_view_get_selected (timeline), ==, index);
  pause_for (300);
  save_widget_screenshot (GTK_WIDGET (window), "timeline-activated.png");
}

static void
test_claim_marks_event (void)
{
  ClaimlineTimelineView *timeline;
  ClaimlineArticleView *view;
  gboolean marked = FALSE;

  if (!ensure_window ())
    return;
  timeline = get_timeline ();
  view = get_article_view ();

  /* Each claim of the article with a place on the timeline marks it. */
  for (guint i = 0; i < claimline_article_view_get_n_claims (view); i++)
    {
      const ClaimlineClaim *claim = claimline_article_view_get_claim (view, i);
      const ClaimlineTimelineEvent *event;
      int selected;
      gboolean placed = FALSE;

      claimline_article_view_select_claim (view, i);
      selected = claimline_timeline_view_get_selected (timeline);
      if (claim->time_value == NULL || claim->group_id <= 0)
        continue;
      g_assert_cmpint (selected, >=, 0);
      event = claimline_timeline_view_get_event (timeline, selected);
      for (guint c = 0; c < event->claims->len; c++)
        placed |= ((const ClaimlineClaim *) g_ptr_array_index (event->claims, c))->id == claim->id;
      g_assert_true (placed || event->group_id == claim->group_id);
      marked = TRUE;
    }
  g_assert_true (marked);
}

static void
test_keyboard (void)
{
  ClaimlineTimelineView *timeline;
  double fitted;
  int selected = 0;

  if (!ensure_window ())
    return;
  timeline = get_timeline ();
  gtk_widget_grab_focus (GTK_WIDGET (timeline));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (timeline)));

  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.fit", NULL);
  fitted = claimline_timeline_view_get_zoom (timeline);
  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.zoom-in", NULL);
  g_assert_cmpfloat (claimline_timeline_view_get_zoom (timeline), >, fitted * 1.2);
  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.zoom-out", NULL);
  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.zoom-out", NULL);
  g_assert_cmpfloat (claimline_timeline_view_get_zoom (timeline), <, fitted);
  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.fit", NULL);
  pause_for (100);
  g_assert_cmpfloat_with_epsilon (claimline_timeline_view_get_zoom (timeline), fitted, fitted * 1e-6);

  claimline_timeline_view_select_event (timeline, 0);
  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.move", "i", 1);
  g_assert_cmpint (claimline_timeline_view_get_selected (timeline), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.move", "i", -1);
  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.move", "i", -1);
  g_assert_cmpint (claimline_timeline_view_get_selected (timeline), ==, 0);

  /* Every event can be reached and is brought on screen, out of any badge. */
  for (guint i = 1; i < claimline_timeline_view_get_n_events (timeline); i++)
    {
      graphene_rect_t area;

      gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.move", "i", 1);
      selected = claimline_timeline_view_get_selected (timeline);
      g_assert_cmpint (selected, ==, (int) i);
      g_assert_true (claimline_timeline_view_get_event_area (timeline, i, &area));
    }

  /* What assistive technologies and the tooltip tell of the event. */
  {
    const ClaimlineTimelineEvent *event = claimline_timeline_view_get_event (timeline, selected);
    g_autofree char *text = claimline_timeline_view_describe_event (timeline, selected, FALSE);
    g_autofree char *markup = claimline_timeline_view_describe_event (timeline, selected, TRUE);

    g_assert_true (g_str_has_prefix (text, event->label));
    g_assert_nonnull (strstr (text, event->value));
    if (event->outlets->len > 0)
      g_assert_nonnull (strstr (text, g_ptr_array_index (event->outlets, 0)));
    g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, NULL));
  }
  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.fit", NULL);
}

static void
test_dark (void)
{
  AdwStyleManager *style_manager;

  if (!ensure_window ())
    return;
  style_manager = adw_style_manager_get_default ();
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  pause_for (500);
  save_widget_screenshot (GTK_WIDGET (window), "timeline-window-dark.png");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
  pause_for (200);
}

/* Export writes what is on screen, through the drawing code. */
static void
test_export (void)
{
  ClaimlineTimelineView *timeline;
  g_autofree char *dir = NULL;
  g_autofree char *png = NULL;
  g_autofree char *svg = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  if (!ensure_window ())
    return;
  timeline = get_timeline ();
  claimline_timeline_view_fit (timeline);
  dir = g_build_filename (data_home, "export", NULL);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  png = g_build_filename (dir, "timeline.png", NULL);
  svg = g_build_filename (dir, "timeline.svg", NULL);

  g_assert_true (claimline_timeline_view_export (timeline, FALSE, png, &error));
  g_assert_no_error (error);
  texture = gdk_texture_new_from_filename (png, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, gtk_widget_get_width (GTK_WIDGET (timeline)));

  g_assert_true (claimline_timeline_view_export (timeline, TRUE, svg, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_nonnull (strstr (contents, "2016: Scale AI founded"));

  g_assert_false (claimline_timeline_view_export (timeline, FALSE, "/nonexistent/t.png", &error));
  g_assert_nonnull (error);
}

/* The shortcuts window lists the timeline's keys (and parses: a bad
 * accelerator is a warning, fatal here). */
static void
test_help_overlay (void)
{
  g_autoptr(GtkBuilder) builder = NULL;
  GObject *overlay;
  GSList *objects;
  gboolean found = FALSE;

  if (!ensure_window ())
    return;
  builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/gtk/help-overlay.ui");
  overlay = gtk_builder_get_object (builder, "help_overlay");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  objects = gtk_builder_get_objects (builder);
  for (GSList *l = objects; l != NULL; l = l->next)
    if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
      {
        g_autofree char *accelerator = NULL;

        g_object_get (l->data, "accelerator", &accelerator, NULL);
        found |= g_strcmp0 (accelerator, "F8") == 0;
      }
  g_slist_free (objects);
  g_assert_true (found);
  gtk_window_destroy (GTK_WINDOW (overlay));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Before anything reads the user directories: the store goes here. */
  data_home = g_dir_make_tmp ("claimline-test-ui-timeline-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check ();

  g_test_add_func ("/ui-timeline/events-in-order", test_events_in_order);
  g_test_add_func ("/ui-timeline/activate-event", test_activate_event);
  g_test_add_func ("/ui-timeline/claim-marks-event", test_claim_marks_event);
  g_test_add_func ("/ui-timeline/keyboard", test_keyboard);
  g_test_add_func ("/ui-timeline/dark", test_dark);
  g_test_add_func ("/ui-timeline/export", test_export);
  g_test_add_func ("/ui-timeline/help-overlay", test_help_overlay);

  status = g_test_run ();

  if (window != NULL)
    gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&app);
  remove_tree (data_home);
  g_free (data_home);

  return status;
}
