/* test-ui.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real application and window under a display server (Xvfb in CI):
 * first run with the sample story, reading an article, importing files
 * through the path the Open dialog uses, and folding at a narrow width.
 * Screenshots go to $G_TEST_BUILDDIR/screenshots/ for review.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "claimline-application.h"
#include "claimline-article.h"
#include "claimline-window.h"

#define WAIT_TIMEOUT_SECONDS 30

static const char * const sample_outlets[] = {
  "Harbor Ledger",
  "North Coast Tribune",
  "Datawire Daily",
  "The Circuit Review",
  "Capital Pulse",
};

static char *data_home;
static gboolean have_display;
static ClaimlineApplication *app;
static ClaimlineWindow *window;

typedef gboolean (*Condition) (gpointer data);

static gboolean
on_wait_timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until CONDITION holds; FALSE if it never did. */
static gboolean
wait_for (Condition condition,
          gpointer  data)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add_seconds (WAIT_TIMEOUT_SECONDS, on_wait_timeout_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (timeout_id);
  return condition (data);
}

static gboolean
on_pause_done_cb (gpointer data)
{
  gboolean *done = data;

  *done = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* Lets the window lay out and draw for MSEC milliseconds. */
static void
pause_for (guint msec)
{
  gboolean done = FALSE;

  g_timeout_add (msec, on_pause_done_cb, &done);
  wait_for (is_true, &done);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  const char *prefix;
  GtkWidget  *label;
} LabelSearch;

static void
find_mapped_label (GtkWidget   *widget,
                   LabelSearch *search)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL && search->label == NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child)
          && gtk_widget_get_mapped (child)
          && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (child)), search->prefix))
        search->label = child;
      else
        find_mapped_label (child, search);
    }
}

static gboolean
toast_is_shown (gpointer data)
{
  LabelSearch *search = data;
  GtkWidget *overlay = find_descendant (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY);

  search->label = NULL;
  find_mapped_label (overlay, search);
  return search->label != NULL;
}

/* Waits for a toast whose text starts with PREFIX, returns its text and
 * dismisses it with its close button, as a user would. */
static char *
wait_for_toast (const char *prefix)
{
  LabelSearch search = { prefix, NULL };
  char *text;

  if (!wait_for (toast_is_shown, &search))
    g_error ("No toast starting with “%s” was shown", prefix);

  text = g_strdup (gtk_label_get_text (GTK_LABEL (search.label)));
  for (GtkWidget *parent = gtk_widget_get_parent (search.label);
       parent != NULL;
       parent = gtk_widget_get_parent (parent))
    {
      GtkWidget *button = find_descendant (parent, GTK_TYPE_BUTTON);

      if (button != NULL)
        {
          gtk_widget_activate (button);
          break;
        }
    }
  return text;
}

static GtkSingleSelection *
get_selection (void)
{
  GtkWidget *list_view = find_descendant (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW);

  g_assert_nonnull (list_view);
  return GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (list_view)));
}

static char *
get_article_view_text (void)
{
  GtkWidget *text_view = find_descendant (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW);
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_assert_nonnull (text_view);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
window_is_drawn (gpointer data)
{
  GtkWidget *list_view;

  if (window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (window)))
    return FALSE;
  list_view = find_descendant (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW);
  return list_view != NULL && gtk_widget_get_height (list_view) > 0;
}

static void
save_screenshot (const char *name)
{
  GtkWidget *widget = GTK_WIDGET (window);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL ? g_getenv ("G_TEST_BUILDDIR") : ".",
                          "screenshots", NULL);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

/* Starts the application the way a user does, once for the whole run. */
static gboolean
ensure_window (void)
{
  g_autoptr(GError) error = NULL;

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
  return TRUE;
}

static void
test_sample_library (void)
{
  GtkSingleSelection *selection;
  g_autoptr(GPtrArray) outlets = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ClaimlineArticle) first = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *text = NULL;

  if (!ensure_window ())
    return;

  selection = get_selection ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 5);

  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(ClaimlineArticle) article = g_list_model_get_item (G_LIST_MODEL (selection), i);

      g_assert_nonnull (article);
      g_ptr_array_add (outlets, g_strdup (claimline_article_get_outlet (article)));
    }
  for (guint i = 0; i < G_N_ELEMENTS (sample_outlets); i++)
    {
      if (!g_ptr_array_find_with_equal_func (outlets, sample_outlets[i], g_str_equal, NULL))
        g_error ("The sample outlet “%s” is not in the list", sample_outlets[i]);
    }

  gtk_single_selection_set_selected (selection, 0);
  first = g_list_model_get_item (G_LIST_MODEL (selection), 0);
  text = get_article_view_text ();
  g_assert_true (g_str_has_prefix (text, claimline_article_get_title (first)));
  g_assert_cmpuint (strlen (text), >, strlen (claimline_article_get_title (first)) + 100);

  /* The selection is remembered for the next start. */
  settings = g_settings_new (APPLICATION_ID);
  g_assert_cmpint (g_settings_get_int64 (settings, "last-article-id"), ==,
                   claimline_article_get_id (first));

  pause_for (500);
  save_screenshot ("main-window.png");
}

static void
test_import (void)
{
  const char *fixture_text =
    "Harbour pilots report record tonnage\n\n"
    "The port authority said on Tuesday that pilots guided 1,204 vessels into the "
    "harbour last month, the most since records began.\n\n"
    "Officials expect the figure to rise again next year as the new quay opens.\n";
  g_autofree char *fixture_path = g_build_filename (data_home, "pilots.txt", NULL);
  g_autofree char *missing_path = g_build_filename (data_home, "missing.txt", NULL);
  g_autoptr(GFile) fixture = g_file_new_for_path (fixture_path);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineArticle) selected = NULL;
  g_autofree char *imported = NULL;
  g_autofree char *failed = NULL;
  g_autofree char *again = NULL;
  g_autofree char *text = NULL;
  GtkSingleSelection *selection;
  GFile *files[2];

  if (!ensure_window ())
    return;

  g_file_set_contents (fixture_path, fixture_text, -1, &error);
  g_assert_no_error (error);

  files[0] = fixture;
  files[1] = missing;
  claimline_window_import_files (window, files, 2);
  g_assert_true (claimline_window_get_importing (window));

  imported = wait_for_toast ("Imported");
  g_assert_cmpstr (imported, ==, "Imported 1 article");
  g_assert_false (claimline_window_get_importing (window));

  selection = get_selection ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 6);
  selected = g_object_ref (gtk_single_selection_get_selected_item (selection));
  g_assert_nonnull (selected);
  text = get_article_view_text ();
  g_assert_nonnull (strstr (text, "1,204 vessels"));

  /* The file that is not there is reported, never dropped silently. */
  failed = wait_for_toast ("Could not import");
  g_assert_true (g_str_has_prefix (failed, "Could not import “missing.txt”: "));

  /* The same file again, given on the command line this time, adds
   * nothing and says so. */
  g_application_open (G_APPLICATION (app), files, 1, "");
  again = wait_for_toast ("Already in the library");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 6);
  g_assert_true (gtk_single_selection_get_selected_item (selection) != NULL);
  g_assert_cmpint (claimline_article_get_id (gtk_single_selection_get_selected_item (selection)),
                   ==, claimline_article_get_id (selected));

  pause_for (300);
  save_screenshot ("after-import.png");
}

static void
test_sort_order (void)
{
  GtkSingleSelection *selection;
  g_autoptr(ClaimlineArticle) first = NULL;
  gint64 selected_id;

  if (!ensure_window ())
    return;

  selection = get_selection ();
  g_assert_nonnull (gtk_single_selection_get_selected_item (selection));
  selected_id = claimline_article_get_id (gtk_single_selection_get_selected_item (selection));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.sort-order", "s", "outlet");
  first = g_list_model_get_item (G_LIST_MODEL (selection), 0);
  g_assert_cmpstr (claimline_article_get_outlet (first), ==, "Capital Pulse");
  /* The article on display stays selected wherever it moved to. */
  g_assert_nonnull (gtk_single_selection_get_selected_item (selection));
  g_assert_cmpint (claimline_article_get_id (gtk_single_selection_get_selected_item (selection)),
                   ==, selected_id);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.sort-order", "s", "date");
  g_assert_cmpint (claimline_article_get_id (gtk_single_selection_get_selected_item (selection)),
                   ==, selected_id);
}

static void
get_byline_color (GdkRGBA *color)
{
  GtkWidget *text_view = find_descendant (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view));
  GtkTextTag *byline = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "byline");
  g_autoptr(GdkRGBA) rgba = NULL;

  g_assert_nonnull (byline);
  g_object_get (byline, "foreground-rgba", &rgba, NULL);
  g_assert_nonnull (rgba);
  *color = *rgba;
}

static void
test_dark_style (void)
{
  AdwStyleManager *style_manager;
  GdkRGBA light, dark;

  if (!ensure_window ())
    return;

  style_manager = adw_style_manager_get_default ();
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  pause_for (200);
  get_byline_color (&light);

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  pause_for (500);
  get_byline_color (&dark);
  save_screenshot ("main-window-dark.png");

  /* The dimmed byline follows the stylesheet: light text on dark. */
  g_assert_cmpfloat (dark.red + dark.green + dark.blue, >, light.red + light.green + light.blue);

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
  pause_for (200);
}

static gboolean
about_window_is_shown (gpointer data)
{
  GtkWidget **about = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (toplevel) && gtk_widget_get_mapped (toplevel))
        {
          *about = toplevel;
          return TRUE;
        }
    }
  return FALSE;
}

static void
test_about (void)
{
  GtkWidget *about = NULL;

  if (!ensure_window ())
    return;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  g_assert_true (wait_for (about_window_is_shown, &about));
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  gtk_window_destroy (GTK_WINDOW (about));
}

static gboolean
leaflet_is_folded (gpointer data)
{
  return adw_leaflet_get_folded (ADW_LEAFLET (data));
}

static gboolean
leaflet_is_unfolded (gpointer data)
{
  return !adw_leaflet_get_folded (ADW_LEAFLET (data));
}

static void
test_narrow_window (void)
{
  GtkWidget *leaflet;
  GtkSingleSelection *selection;
  guint position;

  if (!ensure_window ())
    return;

  leaflet = find_descendant (GTK_WIDGET (window), ADW_TYPE_LEAFLET);
  selection = get_selection ();
  position = gtk_single_selection_get_selected (selection);
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);

  gtk_window_set_default_size (GTK_WINDOW (window), 400, 720);
  g_assert_true (wait_for (leaflet_is_folded, leaflet));

  /* Folded with an article open: the article is what shows. */
  g_assert_true (gtk_widget_is_ancestor (find_descendant (leaflet, GTK_TYPE_TEXT_VIEW),
                                         adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet))));
  pause_for (500);
  save_screenshot ("narrow-article.png");

  /* Back shows the list alone, with nothing selected... */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  pause_for (500);
  g_assert_true (gtk_widget_is_ancestor (find_descendant (leaflet, GTK_TYPE_LIST_VIEW),
                                         adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet))));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, GTK_INVALID_LIST_POSITION);
  save_screenshot ("narrow-list.png");

  /* ...so that choosing an article opens it again. */
  gtk_single_selection_set_selected (selection, 1);
  pause_for (500);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 1);
  g_assert_true (gtk_widget_is_ancestor (find_descendant (leaflet, GTK_TYPE_TEXT_VIEW),
                                         adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet))));

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  g_assert_true (wait_for (leaflet_is_unfolded, leaflet));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 1);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Before anything reads the user directories: the store goes here. */
  data_home = g_dir_make_tmp ("claimline-test-ui-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check ();

  g_test_add_func ("/ui/sample-library", test_sample_library);
  g_test_add_func ("/ui/import", test_import);
  g_test_add_func ("/ui/sort-order", test_sort_order);
  g_test_add_func ("/ui/dark-style", test_dark_style);
  g_test_add_func ("/ui/about", test_about);
  g_test_add_func ("/ui/narrow-window", test_narrow_window);

  status = g_test_run ();

  if (window != NULL)
    gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&app);
  remove_tree (data_home);
  g_free (data_home);

  return status;
}
