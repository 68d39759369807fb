/* test-ui.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real application and window under a display server (Xvfb in CI):
 * first run with the sample story, the story sidebar, reading an article
 * with its claims highlighted, moving between claims, comparing one across
 * outlets, searching, importing files through the path the Open dialog
 * uses, preferences, and folding at a narrow width.  Screenshots (light and
 * dark, wide and narrow) go to $G_TEST_BUILDDIR/screenshots/ for review.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "claimline-application.h"
#include "claimline-article.h"
#include "claimline-article-list.h"
#include "claimline-article-view.h"
#include "claimline-comparison-panel.h"
#include "claimline-member-row.h"
#include "claimline-search-row.h"
#include "claimline-story-item.h"
#include "claimline-subscriptions.h"
#include "claimline-window.h"
#include "test-feed-server.h"
#include "test-ui-util.h"

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

/* The toast's close button (its other button is for an action). */
static GtkWidget *
find_close_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child)
          && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (child)), "window-close-symbolic") == 0)
        return child;
      if ((found = find_close_button (child)) != NULL)
        return found;
    }
  return NULL;
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
      GtkWidget *button = find_close_button (parent);

      if (button != NULL)
        {
          gtk_widget_activate (button);
          break;
        }
    }
  return text;
}

/* The list view whose selection model holds MODEL_TYPE items. */
static GtkListView *
find_list_view (GtkWidget *widget,
                GType      model_type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListView *found;

      if (GTK_IS_LIST_VIEW (child))
        {
          GtkSelectionModel *model = gtk_list_view_get_model (GTK_LIST_VIEW (child));

          if (GTK_IS_SINGLE_SELECTION (model)
              && G_TYPE_CHECK_INSTANCE_TYPE (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (model)),
                                             model_type))
            return GTK_LIST_VIEW (child);
        }
      if ((found = find_list_view (child, model_type)) != NULL)
        return found;
    }
  return NULL;
}

static GtkSingleSelection *
get_selection (void)
{
  GtkListView *list_view = find_list_view (GTK_WIDGET (window), CLAIMLINE_TYPE_ARTICLE_LIST);

  g_assert_nonnull (list_view);
  return GTK_SINGLE_SELECTION (gtk_list_view_get_model (list_view));
}

static GtkSingleSelection *
get_story_selection (void)
{
  GtkListView *list_view = find_list_view (GTK_WIDGET (window), G_TYPE_LIST_STORE);

  g_assert_nonnull (list_view);
  return GTK_SINGLE_SELECTION (gtk_list_view_get_model (list_view));
}

static ClaimlineArticleView *
get_article_view (void)
{
  GtkWidget *view = find_descendant (GTK_WIDGET (window), CLAIMLINE_TYPE_ARTICLE_VIEW);

  g_assert_nonnull (view);
  return CLAIMLINE_ARTICLE_VIEW (view);
}

static ClaimlineComparisonPanel *
get_comparison_panel (void)
{
  GtkWidget *panel = find_descendant (GTK_WIDGET (window), CLAIMLINE_TYPE_COMPARISON_PANEL);

  g_assert_nonnull (panel);
  return CLAIMLINE_COMPARISON_PANEL (panel);
}

static GtkTextBuffer *
get_article_buffer (void)
{
  GtkWidget *text_view = find_descendant (GTK_WIDGET (get_article_view ()), GTK_TYPE_TEXT_VIEW);

  g_assert_nonnull (text_view);
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view));
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
  GtkListView *list_view;

  if (window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (window)))
    return FALSE;
  list_view = find_list_view (GTK_WIDGET (window), CLAIMLINE_TYPE_ARTICLE_LIST);
  return list_view != NULL && gtk_widget_get_height (GTK_WIDGET (list_view)) > 0;
}

static void
save_screenshot (const char *name)
{
  save_widget_screenshot (GTK_WIDGET (window), name);
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

/* Selects the article of OUTLET in the list and returns it (with its text). */
static ClaimlineArticle *
open_article_of_outlet (const char *outlet)
{
  GtkSingleSelection *selection = get_selection ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (selection));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClaimlineArticle) summary = g_list_model_get_item (G_LIST_MODEL (selection), i);

      if (g_strcmp0 (claimline_article_get_outlet (summary), outlet) == 0)
        {
          gtk_single_selection_set_selected (selection, i);
          g_assert_true (claimline_article_view_get_article (get_article_view ()) != NULL);
          g_assert_cmpint (claimline_article_get_id (claimline_article_view_get_article (get_article_view ())),
                           ==, claimline_article_get_id (summary));
          return claimline_store_load_article (claimline_window_get_store (window),
                                               claimline_article_get_id (summary), NULL);
        }
    }

  g_error ("No article of “%s” in the list", outlet);
  return NULL;
}

/* Where the stored text of ARTICLE starts in the article view's buffer. */
static int
get_body_offset (ClaimlineArticle *article)
{
  GtkTextBuffer *buffer = get_article_buffer ();
  int n_chars = gtk_text_buffer_get_char_count (buffer);
  int n_body = (int) g_utf8_strlen (claimline_article_get_text (article), -1);
  g_autofree char *text = get_article_view_text ();

  g_assert_cmpint (n_chars, >=, n_body);
  g_assert_true (g_str_has_suffix (text, claimline_article_get_text (article)));
  return n_chars - n_body;
}

/* Counts the ranges the claim tags cover in the article view. */
static guint
count_highlighted_ranges (void)
{
  static const char * const tag_names[] = { "claim-none", "claim-single", "claim-agree",
                                            "claim-conflict" };
  GtkTextBuffer *buffer = get_article_buffer ();
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  guint n_ranges = 0;

  for (guint i = 0; i < G_N_ELEMENTS (tag_names); i++)
    {
      GtkTextTag *tag = gtk_text_tag_table_lookup (table, tag_names[i]);
      GtkTextIter iter;

      g_assert_nonnull (tag);
      gtk_text_buffer_get_start_iter (buffer, &iter);
      if (gtk_text_iter_starts_tag (&iter, tag))
        n_ranges++;
      while (gtk_text_iter_forward_to_tag_toggle (&iter, tag))
        if (gtk_text_iter_starts_tag (&iter, tag))
          n_ranges++;
    }
  return n_ranges;
}

static GPtrArray *
load_claims (ClaimlineArticle *article)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *claims = claimline_store_load_claims (claimline_window_get_store (window),
                                                   claimline_article_get_id (article), &error);

  g_assert_no_error (error);
  g_assert_nonnull (claims);
  return claims;
}

static void
test_stories (void)
{
  GtkSingleSelection *stories;
  g_autoptr(ClaimlineStoryItem) all = NULL;
  g_autoptr(ClaimlineStoryItem) story = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (!ensure_window ())
    return;

  stories = get_story_selection ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (stories)), >=, 2);

  /* "All Articles" comes first, then the sample story with its five. */
  all = g_list_model_get_item (G_LIST_MODEL (stories), 0);
  g_assert_cmpint (claimline_story_item_get_id (all), ==, 0);
  g_assert_cmpuint (claimline_story_item_get_n_articles (all), ==, 5);
  story = g_list_model_get_item (G_LIST_MODEL (stories), 1);
  g_assert_cmpint (claimline_story_item_get_id (story), >, 0);
  g_assert_cmpuint (claimline_story_item_get_n_articles (story), ==, 5);
  g_assert_nonnull (claimline_story_item_get_title (story));

  gtk_single_selection_set_selected (stories, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (get_selection ())), ==, 5);
  settings = g_settings_new (APPLICATION_ID);
  g_assert_cmpint (g_settings_get_int64 (settings, "last-story-id"), ==,
                   claimline_story_item_get_id (story));

  gtk_single_selection_set_selected (stories, 0);
  g_assert_cmpint (g_settings_get_int64 (settings, "last-story-id"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (get_selection ())), ==, 5);
}

static void
test_highlights (void)
{
  g_autoptr(ClaimlineArticle) article = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(GSettings) settings = NULL;
  GtkTextBuffer *buffer;
  int body;
  guint n_hedged = 0;

  if (!ensure_window ())
    return;

  article = open_article_of_outlet ("Harbor Ledger");
  claims = load_claims (article);
  g_assert_cmpuint (claims->len, >, 3);
  g_assert_cmpuint (claimline_article_view_get_n_claims (get_article_view ()), ==, claims->len);

  /* Every claim is highlighted, each in its own range... */
  g_assert_cmpuint (count_highlighted_ranges (), ==, claims->len);

  /* ...exactly where the engine found it. */
  buffer = get_article_buffer ();
  body = get_body_offset (article);
  for (guint i = 0; i < claims->len; i++)
    {
      const ClaimlineClaim *claim = g_ptr_array_index (claims, i);
      g_autofree char *tagged = NULL;
      GtkTextIter start, end;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, body + (int) claim->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, body + (int) claim->end);
      tagged = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      g_assert_cmpstr (tagged, ==, claim->text);
      if (claim->modality == CLAIMLINE_MODALITY_REPORTED
          || claim->modality == CLAIMLINE_MODALITY_PROJECTED
          || claim->modality == CLAIMLINE_MODALITY_POSSIBLE)
        n_hedged++;
    }

  /* Hedged figures can be left plain. */
  settings = g_settings_new (APPLICATION_ID);
  g_settings_set_boolean (settings, "highlight-hedged", FALSE);
  g_assert_cmpuint (count_highlighted_ranges (), ==, claims->len - n_hedged);
  g_settings_set_boolean (settings, "highlight-hedged", TRUE);
  g_assert_cmpuint (count_highlighted_ranges (), ==, claims->len);

  pause_for (300);
  save_screenshot ("highlights.png");
}

static void
assert_selection_is_claim (ClaimlineArticle *article,
                           GPtrArray        *claims,
                           guint             index)
{
  const ClaimlineClaim *claim = g_ptr_array_index (claims, index);
  GtkTextBuffer *buffer = get_article_buffer ();
  int body = get_body_offset (article);
  GtkTextIter start, end;

  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  g_assert_cmpint (gtk_text_iter_get_offset (&start), ==, body + (int) claim->start);
  g_assert_cmpint (gtk_text_iter_get_offset (&end), ==, body + (int) claim->end);
  g_assert_cmpint (claimline_article_view_get_current_claim (get_article_view ()), ==, (int) index);
}

static void
test_claim_navigation (void)
{
  g_autoptr(ClaimlineArticle) article = NULL;
  g_autoptr(GPtrArray) claims = NULL;

  if (!ensure_window ())
    return;

  article = open_article_of_outlet ("North Coast Tribune");
  claims = load_claims (article);
  g_assert_cmpuint (claims->len, >=, 3);
  g_assert_cmpint (claimline_article_view_get_current_claim (get_article_view ()), ==, -1);

  /* n and p, from the window, as the keys reach it from the list. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-claim", NULL);
  assert_selection_is_claim (article, claims, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-claim", NULL);
  assert_selection_is_claim (article, claims, 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-claim", NULL);
  assert_selection_is_claim (article, claims, 2);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-claim", NULL);
  assert_selection_is_claim (article, claims, 1);

  /* From the article itself, where they wrap around. */
  gtk_widget_activate_action (GTK_WIDGET (get_article_view ()), "article.previous-claim", NULL);
  assert_selection_is_claim (article, claims, 0);
  gtk_widget_activate_action (GTK_WIDGET (get_article_view ()), "article.previous-claim", NULL);
  assert_selection_is_claim (article, claims, claims->len - 1);
  gtk_widget_activate_action (GTK_WIDGET (get_article_view ()), "article.next-claim", NULL);
  assert_selection_is_claim (article, claims, 0);
}

static int
find_claim (GPtrArray  *claims,
            const char *attribute,
            const char *time_value)
{
  for (guint i = 0; i < claims->len; i++)
    {
      const ClaimlineClaim *claim = g_ptr_array_index (claims, i);

      if (g_strcmp0 (claim->attribute, attribute) == 0
          && g_strcmp0 (claim->time_value, time_value) == 0)
        return (int) i;
    }
  return -1;
}

static GtkWidget *
find_member_row (ClaimlineComparisonPanel *panel,
                 const char               *outlet)
{
  GtkWidget *list = find_descendant (GTK_WIDGET (panel), GTK_TYPE_LIST_BOX);

  for (GtkWidget *row = gtk_widget_get_first_child (list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (CLAIMLINE_IS_MEMBER_ROW (row)
        && g_strcmp0 (claimline_member_row_get_outlet (CLAIMLINE_MEMBER_ROW (row)), outlet) == 0)
      return row;
  return NULL;
}

static void
test_comparison (void)
{
  g_autoptr(ClaimlineArticle) article = NULL;
  g_autoptr(ClaimlineArticle) other = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(GPtrArray) other_claims = NULL;
  g_autoptr(ClaimlineClaimGroup) group = NULL;
  ClaimlineComparisonPanel *panel;
  const ClaimlineClaim *claim;
  const ClaimlineClaimGroup *shown;
  GtkWidget *row;
  gboolean visible = FALSE;
  int index;

  if (!ensure_window ())
    return;

  /* Datawire Daily puts the $870 million of revenue in 2023; the others
   * say 2024 (or "last year", 2024). */
  article = open_article_of_outlet ("Datawire Daily");
  claims = load_claims (article);
  index = find_claim (claims, "revenue", "2023");
  g_assert_cmpint (index, >=, 0);
  claim = g_ptr_array_index (claims, index);

  if (claim->group_id > 0)
    group = claimline_store_load_group (claimline_window_get_store (window), claim->group_id, NULL);
  if (group == NULL)
    {
      g_test_skip ("The store gives no claim group for the revenue claim yet "
                   "(claimline_store_load_group returned none)");
      return;
    }

  g_assert_cmpint (claim->verdict, ==, CLAIMLINE_VERDICT_CONFLICT);
  g_assert_cmpint (claim->conflict, ==, CLAIMLINE_CONFLICT_TIME);

  /* Enter on the claim opens it in the comparison panel. */
  g_assert_true (claimline_article_view_select_claim (get_article_view (), index));
  gtk_widget_activate_action (GTK_WIDGET (get_article_view ()), "article.compare-claim", NULL);
  g_object_get (window, "comparison-visible", &visible, NULL);
  g_assert_true (visible);

  panel = get_comparison_panel ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (panel)));
  shown = claimline_comparison_panel_get_group (panel);
  g_assert_nonnull (shown);
  g_assert_cmpint (shown->id, ==, claim->group_id);
  g_assert_cmpint (shown->verdict, ==, CLAIMLINE_VERDICT_CONFLICT);
  g_assert_cmpuint (claimline_comparison_panel_get_n_members (panel), ==, 5);
  for (guint i = 0; i < G_N_ELEMENTS (sample_outlets); i++)
    if (find_member_row (panel, sample_outlets[i]) == NULL)
      g_error ("The comparison does not list “%s”", sample_outlets[i]);

  /* Its tooltip gives the value, the verdict's reason and the others. */
  {
    g_autofree char *markup = claimline_article_view_get_claim_markup (get_article_view (), index);

    g_assert_nonnull (strstr (markup, "$870 million"));
    g_assert_nonnull (strstr (markup, shown->reason));
    g_assert_nonnull (strstr (markup, "Harbor Ledger"));
    g_assert_nonnull (strstr (markup, "Capital Pulse"));
  }

  pause_for (500);
  save_screenshot ("comparison.png");

  /* An outlet's row opens its article at that figure. */
  row = find_member_row (panel, "Harbor Ledger");
  gtk_widget_activate (row);
  g_assert_cmpstr (claimline_article_get_outlet (claimline_article_view_get_article (get_article_view ())),
                   ==, "Harbor Ledger");
  other = claimline_store_load_article (claimline_window_get_store (window),
                                        claimline_member_row_get_article_id (CLAIMLINE_MEMBER_ROW (find_member_row (panel, "Harbor Ledger"))),
                                        NULL);
  other_claims = load_claims (other);
  index = claimline_article_view_get_current_claim (get_article_view ());
  g_assert_cmpint (index, >=, 0);
  g_assert_cmpint (((ClaimlineClaim *) g_ptr_array_index (other_claims, index))->group_id,
                   ==, claim->group_id);
  assert_selection_is_claim (other, other_claims, index);
  /* The panel still shows the group, now marking the article on display. */
  g_assert_cmpuint (claimline_comparison_panel_get_n_members (panel), ==, 5);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  pause_for (500);
  save_screenshot ("comparison-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  pause_for (200);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-comparison", NULL);
  g_object_get (window, "comparison-visible", &visible, NULL);
  g_assert_false (visible);
}

static gboolean
search_has_results (gpointer data)
{
  GtkWidget *row = find_descendant (GTK_WIDGET (window), CLAIMLINE_TYPE_SEARCH_ROW);

  if (row != NULL && gtk_widget_get_mapped (row))
    {
      *(GtkWidget **) data = row;
      return TRUE;
    }
  return FALSE;
}

static void
test_search (void)
{
  GtkWidget *entry;
  GtkWidget *row = NULL;
  GtkTextIter start, end;
  g_autofree char *selected = NULL;
  g_autofree char *lowered = NULL;

  if (!ensure_window ())
    return;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  entry = find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);
  g_assert_true (gtk_widget_has_focus (entry) || gtk_widget_is_focus (entry)
                 || gtk_widget_get_focus_child (entry) != NULL);

  /* A word only the body of The Circuit Review has. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "lukewarm");
  g_assert_true (wait_for (search_has_results, &row));
  pause_for (200);
  save_screenshot ("search.png");

  g_assert_cmpint (claimline_search_row_get_match_offset (CLAIMLINE_SEARCH_ROW (row)), >=, 0);
  gtk_widget_activate (row);
  g_assert_cmpstr (claimline_article_get_outlet (claimline_article_view_get_article (get_article_view ())),
                   ==, "The Circuit Review");

  /* The article opens at the match, selected. */
  g_assert_true (gtk_text_buffer_get_selection_bounds (get_article_buffer (), &start, &end));
  selected = gtk_text_iter_get_text (&start, &end);
  lowered = g_utf8_strdown (selected, -1);
  g_assert_cmpstr (lowered, ==, "lukewarm");

  gtk_editable_set_text (GTK_EDITABLE (entry), "zzzxqnothing");
  pause_for (400);
  g_assert_null (find_descendant (GTK_WIDGET (window), CLAIMLINE_TYPE_SEARCH_ROW));

  /* Closing the search brings the article list back. */
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (find_descendant (GTK_WIDGET (window),
                                                                   GTK_TYPE_SEARCH_BAR)),
                                  FALSE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
}

static gboolean
preferences_are_shown (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_PREFERENCES_WINDOW (toplevel) && gtk_widget_get_mapped (toplevel)
          && gtk_widget_get_width (toplevel) > 0)
        {
          *(GtkWidget **) data = toplevel;
          return TRUE;
        }
    }
  return FALSE;
}

static void
test_preferences (void)
{
  g_autoptr(GSettings) settings = NULL;
  GtkWidget *preferences = NULL;
  GtkWidget *hedged_switch;

  if (!ensure_window ())
    return;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  g_assert_true (wait_for (preferences_are_shown, &preferences));
  pause_for (300);
  save_widget_screenshot (preferences, "preferences.png");

  /* The rows are bound to the settings. */
  settings = g_settings_new (APPLICATION_ID);
  hedged_switch = find_descendant (preferences, GTK_TYPE_SWITCH);
  g_assert_nonnull (hedged_switch);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (hedged_switch)));
  gtk_switch_set_active (GTK_SWITCH (hedged_switch), FALSE);
  g_assert_false (g_settings_get_boolean (settings, "highlight-hedged"));
  g_assert_false (claimline_article_view_get_highlight_hedged (get_article_view ()));
  gtk_switch_set_active (GTK_SWITCH (hedged_switch), TRUE);

  g_settings_set_string (settings, "color-scheme", "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (adw_style_manager_get_default ()),
                   ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_settings_set_string (settings, "color-scheme", "default");
  g_assert_cmpint (adw_style_manager_get_color_scheme (adw_style_manager_get_default ()),
                   ==, ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_destroy (GTK_WINDOW (preferences));
}

static GtkWidget *
find_legend_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_MENU_BUTTON (child)
          && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (child)) == NULL
          && gtk_menu_button_get_popover (GTK_MENU_BUTTON (child)) != NULL)
        return child;
      if ((found = find_legend_button (child)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
widget_is_shown (gpointer data)
{
  GtkWidget *widget = data;

  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static void
test_legend (void)
{
  GtkWidget *button;
  GtkWidget *popover;
  const char *label;

  if (!ensure_window ())
    return;

  button = find_legend_button (GTK_WIDGET (window));
  g_assert_nonnull (button);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));

  /* An icon button, so it carries an accessible name. */
  label = gtk_widget_get_tooltip_text (button);
  g_assert_cmpstr (label, ==, "Highlight Legend");

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  g_assert_true (wait_for (widget_is_shown, popover));
  pause_for (300);
  save_widget_screenshot (popover, "legend.png");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
}

static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child)
          && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action_name) == 0)
        return child;
      if ((found = find_action_button (child, action_name)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_import_cancel (void)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *status = NULL;
  g_autofree char *toast = NULL;
  g_autoptr(GError) error = NULL;

  if (!ensure_window ())
    return;

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("ferry-%u.txt", i);
      g_autofree char *path = g_build_filename (data_home, name, NULL);
      g_autofree char *text = g_strdup_printf ("Ferry timetable %u changes\n\n"
                                               "The island ferry will carry %u00 more "
                                               "passengers a day from next month.\n", i, i + 2);

      g_file_set_contents (path, text, -1, &error);
      g_assert_no_error (error);
      g_ptr_array_add (files, g_file_new_for_path (path));
    }

  claimline_window_import_files (window, (GFile **) files->pdata, files->len);
  g_assert_true (claimline_window_get_importing (window));
  g_object_get (window, "import-status", &status, NULL);
  g_assert_true (g_str_has_prefix (status, "Importing"));
  g_assert_true (gtk_widget_get_sensitive (find_action_button (GTK_WIDGET (window), "win.cancel-import")));

  /* Cancelled at once: what was imported until then is kept and told. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-import", NULL);
  toast = wait_for_toast ("Import");
  g_assert_true (g_str_has_prefix (toast, "Import cancelled: ")
                 || g_str_equal (toast, "Imported 3 articles"));
  g_assert_false (claimline_window_get_importing (window));
  g_assert_false (gtk_widget_get_sensitive (find_action_button (GTK_WIDGET (window), "win.cancel-import")));
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

/* True when WIDGET or a descendant is a label reading TEXT exactly. */
static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return TRUE;
      if (has_label (child, text))
        return TRUE;
    }
  return FALSE;
}

/* Run with LANGUAGE=de (the test-ui-german test): the window speaks German,
 * from the catalogue built in this tree. */
static void
test_translated (void)
{
  const char *language = g_getenv ("LANGUAGE");

  if (language == NULL || !g_str_has_prefix (language, "de"))
    {
      g_test_skip ("Runs with LANGUAGE=de only (meson test test-ui-german)");
      return;
    }
  if (!ensure_window ())
    return;

  g_assert_cmpstr (_("Stories"), ==, "Meldungen");
  g_assert_true (has_label (GTK_WIDGET (window), "Meldungen"));
  g_assert_false (has_label (GTK_WIDGET (window), "Stories"));
  g_assert_true (has_label (GTK_WIDGET (window), "Hervorgehobene Zahlen"));
  g_assert_false (has_label (GTK_WIDGET (window), "Highlighted Figures"));
  pause_for (500);
  save_screenshot ("main-window-de.png");
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
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (find_list_view (leaflet, CLAIMLINE_TYPE_ARTICLE_LIST)),
                                         adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet))));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, GTK_INVALID_LIST_POSITION);
  save_screenshot ("narrow-list.png");

  /* ...so that choosing an article opens it again. */
  gtk_single_selection_set_selected (selection, 1);
  pause_for (500);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 1);
  g_assert_true (gtk_widget_is_ancestor (find_descendant (leaflet, GTK_TYPE_TEXT_VIEW),
                                         adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet))));

  /* The comparison shares the narrow pane with the article. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-claim", NULL);
  gtk_widget_activate_action (GTK_WIDGET (get_article_view ()), "article.compare-claim", NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (get_comparison_panel ())));
  pause_for (500);
  save_screenshot ("narrow-comparison.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  pause_for (500);
  save_screenshot ("narrow-comparison-dark.png");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-comparison", NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (get_comparison_panel ())));

  /* Back twice reaches the stories; choosing one shows its articles. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-stories", NULL);
  pause_for (500);
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (find_list_view (leaflet, G_TYPE_LIST_STORE)),
                                         adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet))));
  save_screenshot ("narrow-stories-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  pause_for (200);
  gtk_single_selection_set_selected (get_story_selection (), 0);
  pause_for (300);
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (find_list_view (leaflet, CLAIMLINE_TYPE_ARTICLE_LIST)),
                                         adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet))));

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  g_assert_true (wait_for (leaflet_is_unfolded, leaflet));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 1);
}

typedef struct
{
  GListModel *model;
  guint       n_items;
} CountWait;

static gboolean
has_n_items (gpointer data)
{
  CountWait *wait = data;

  return g_list_model_get_n_items (wait->model) == wait->n_items
         && !claimline_window_get_importing (window);
}

/* A feed refresh in the window: the new articles reach the list and the
 * sidebar's count (read in worker threads, added a few rows at a time)
 * while the article the reader has open stays selected. */
static void
test_refresh_feeds (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) other = NULL;
  g_autoptr(ClaimlineFetcher) fetcher = NULL;
  g_autoptr(ClaimlineSubscriptions) subscriptions = NULL;
  g_autoptr(ClaimlineStoryItem) all = NULL;
  g_autofree char *url = NULL;
  g_autofree char *toast = NULL;
  GtkSingleSelection *selection, *stories;
  ClaimlineArticle *selected;
  FeedServer server = { 0 };
  CountWait wait;
  guint n_before, n_new = 0;
  gint64 selected_id;

  if (!ensure_window ())
    return;

  stories = get_story_selection ();
  gtk_single_selection_set_selected (stories, 0);
  selection = get_selection ();
  gtk_single_selection_set_selected (selection, 1);
  selected = gtk_single_selection_get_selected_item (selection);
  g_assert_nonnull (selected);
  selected_id = claimline_article_get_id (selected);
  n_before = g_list_model_get_n_items (gtk_single_selection_get_model (selection));

  /* Subscribed elsewhere (as the CLI would) with one entry. */
  feed_server_start (&server);
  feed_server_set_version (&server, 1);
  url = feed_server_url (&server, "/changing");
  other = claimline_store_new (claimline_store_get_path (claimline_window_get_store (window)), &error);
  g_assert_no_error (error);
  fetcher = claimline_fetcher_new ();
  subscriptions = claimline_subscriptions_new (other, fetcher);
  g_assert_cmpint (claimline_subscriptions_add_url (subscriptions, url, NULL, &n_new, NULL, &error),
                   >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (n_new, ==, 1);

  /* Three more entries, fetched by the window. */
  feed_server_set_version (&server, 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.refresh-feeds", NULL));
  wait.model = gtk_single_selection_get_model (selection);
  wait.n_items = n_before + 4;
  g_assert_true (wait_for (has_n_items, &wait));
  toast = wait_for_toast ("3 new articles");
  g_assert_cmpstr (toast, ==, "3 new articles from feeds");

  selected = gtk_single_selection_get_selected_item (selection);
  g_assert_nonnull (selected);
  g_assert_cmpint (claimline_article_get_id (selected), ==, selected_id);
  all = g_list_model_get_item (gtk_single_selection_get_model (stories), 0);
  g_assert_cmpuint (claimline_story_item_get_n_articles (all), ==, n_before + 4);
  save_widget_screenshot (GTK_WIDGET (window), "after-refresh.png");

  feed_server_stop (&server);
}

static gboolean
message_dialog_is_shown (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_mapped (toplevel) &&
          gtk_widget_get_width (toplevel) > 0)
        {
          *(GtkWidget **) data = toplevel;
          return TRUE;
        }
    }
  return FALSE;
}

/* Removing the feed the refresh test subscribed to, with its articles:
 * asked in a dialog, done off the main thread, then the list and the
 * feeds list lose them. */
static void
test_remove_feed (void)
{
  g_autoptr(GPtrArray) feeds = NULL;
  g_autofree char *toast = NULL;
  GtkWidget *dialog = NULL;
  GtkSingleSelection *selection;
  ClaimlineStore *store;
  CountWait wait;
  guint n_before;
  gint64 id;

  if (!ensure_window ())
    return;

  store = claimline_window_get_store (window);
  feeds = claimline_store_list_feeds (store, NULL);
  g_assert_nonnull (feeds);
  g_assert_cmpuint (feeds->len, ==, 1);
  id = ((ClaimlineFeedRecord *) g_ptr_array_index (feeds, 0))->id;
  g_assert_cmpuint (((ClaimlineFeedRecord *) g_ptr_array_index (feeds, 0))->n_articles, ==, 4);
  selection = get_selection ();
  n_before = g_list_model_get_n_items (gtk_single_selection_get_model (selection));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-feed", "x", id));
  g_assert_true (wait_for (message_dialog_is_shown, &dialog));
  save_widget_screenshot (dialog, "remove-feed.png");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");

  toast = wait_for_toast ("Feed and its articles removed");
  wait.model = gtk_single_selection_get_model (selection);
  wait.n_items = n_before - 4;
  g_assert_true (wait_for (has_n_items, &wait));
  g_clear_pointer (&feeds, g_ptr_array_unref);
  feeds = claimline_store_list_feeds (store, NULL);
  g_assert_cmpuint (feeds->len, ==, 0);
  g_assert_cmpint (claimline_store_count_articles (store, NULL), ==, n_before - 4);
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

  /* Translations come from the catalogues built in this tree. */
  if (g_getenv ("CLAIMLINE_TEST_LOCALEDIR") != NULL)
    {
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CLAIMLINE_TEST_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }

  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check ();

  g_test_add_func ("/ui/sample-library", test_sample_library);
  g_test_add_func ("/ui/stories", test_stories);
  g_test_add_func ("/ui/highlights", test_highlights);
  g_test_add_func ("/ui/claim-navigation", test_claim_navigation);
  g_test_add_func ("/ui/comparison", test_comparison);
  g_test_add_func ("/ui/search", test_search);
  g_test_add_func ("/ui/preferences", test_preferences);
  g_test_add_func ("/ui/legend", test_legend);
  g_test_add_func ("/ui/import", test_import);
  g_test_add_func ("/ui/import-cancel", test_import_cancel);
  g_test_add_func ("/ui/sort-order", test_sort_order);
  g_test_add_func ("/ui/dark-style", test_dark_style);
  g_test_add_func ("/ui/about", test_about);
  g_test_add_func ("/ui/narrow-window", test_narrow_window);
  g_test_add_func ("/ui/translated", test_translated);
  g_test_add_func ("/ui/refresh-feeds", test_refresh_feeds);
  g_test_add_func ("/ui/remove-feed", test_remove_feed);

  status = g_test_run ();

  if (window != NULL)
    gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&app);
  remove_tree (data_home);
  g_free (data_home);

  return status;
}
