/* bench-ui-load.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The load test: the real application and window on a temporary data
 * directory refresh FEEDS local feeds of ITEMS entries each (served from
 * 127.0.0.1–127.0.0.3 by a SoupServer in its own thread) while a script
 * uses the window: every 100 ms the next article is selected (and so
 * opened), every half second the list scrolls a page.  A 1 ms timer of
 * high priority records every gap in the main loop; the gaps are the
 * stalls a user feels.  The refresh runs twice: the second must add
 * nothing.  Run under xvfb-run; see bench/README.md.
 *
 *   bench-ui-load [FEEDS] [ITEMS]      (default 1000 100)
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <adwaita.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "claimline-application.h"
#include "claimline-article-list.h"
#include "claimline-fetcher.h"
#include "claimline-store.h"
#include "claimline-subscriptions.h"
#include "claimline-window.h"

#include "bench-corpus.h"
#include "test-local-server.h"
#include "test-ui-util.h"

#define N_HOSTS 3
#define STALL_US (50 * 1000)
#define BASELINE_MS 3000

static guint n_items = 100;
static guint total_feeds = 1000;

/* --- The feeds, served from a thread of their own ----------------------- */

typedef struct
{
  LocalServer   local;
  gint          n_requests;
} LoadServer;

/* Feed FEED's entries: the reports of generated events, eight reports
 * to an event spread over neighbouring feeds, as outlets report the same
 * news (so that stories stay the size real ones are). */
static char *
load_feed_rss (guint feed,
               guint n_feeds)
{
  GString *rss = g_string_sized_new (n_items * 700);

  g_string_append_printf (rss, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                          "<rss version=\"2.0\"><channel><title>Port Bulletin %u</title>"
                          "<link>http://127.0.0.1/</link><description>Load feed</description>",
                          feed);
  for (guint i = 0; i < n_items; i++)
    {
      guint report = i * n_feeds + feed;
      g_autofree char *headline = NULL;
      g_autofree char *body = NULL;

      bench_corpus_event (report / 8, report % 8, &headline, &body);
      g_string_append_printf (rss,
                              "<item><title>%s</title>"
                              "<guid isPermaLink=\"false\">load-%u-%u</guid>"
                              "<link>http://127.0.0.1/load/%u/%u</link>"
                              "<pubDate>Mon, %02u Jun 2025 %02u:%02u:00 GMT</pubDate>"
                              "<description>%s</description></item>",
                              headline, feed, i, feed, i,
                              1 + (report / 8) % 28, (report / 8) % 24, report % 60, body);
    }
  g_string_append (rss, "</channel></rss>\n");
  return g_string_free (rss, FALSE);
}

static void
handle_cb (SoupServer        *server,
           SoupServerMessage *message,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  LoadServer *load = user_data;
  guint64 feed;
  char *rss;

  g_atomic_int_inc (&load->n_requests);
  if (!g_str_has_prefix (path, "/feed/") ||
      !g_ascii_string_to_unsigned (path + strlen ("/feed/"), 10, 0, G_MAXUINT, &feed, NULL))
    {
      soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
      return;
    }
  rss = load_feed_rss ((guint) feed, total_feeds);
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "application/rss+xml; charset=utf-8",
                                    SOUP_MEMORY_TAKE, rss, strlen (rss));
}

/* How the entries clustered: a story's regrouping grows with its size. */
static void
report_stories (ClaimlineStore *store)
{
  g_autoptr(GPtrArray) stories = claimline_store_list_stories (store, NULL);
  guint largest = 0;

  if (stories == NULL)
    return;
  for (guint i = 0; i < stories->len; i++)
    largest = MAX (largest, ((ClaimlineStory *) g_ptr_array_index (stories, i))->n_articles);
  g_print ("stories %u, largest %u articles\n", stories->len, largest);
}

static void
load_server_start (LoadServer *load)
{
  local_server_start (&load->local, "load-server", N_HOSTS, handle_cb, load);
}

/* --- Stalls ------------------------------------------------------------- */

typedef struct
{
  gint64      last;
  gint64      last_cpu;
  const char *phase;
  GArray     *gaps;    /* gint64 µs between two ticks of the 1 ms timer */
  GArray     *busy;    /* gint64 µs of main-thread CPU time in each gap */
  GPtrArray  *stalls;  /* "phase: N ms at T s" of every gap over 50 ms */
  gint64      start;
  /* What ran on the main thread since the last tick, to tell a stall's
   * cause: the script opening an article (and how long that took), a
   * refresh progress update, the refresh ending (the list reloads). */
  gint64      script_us;
  guint       n_progress;
  gboolean    refresh_ended;
} Stalls;

static Stalls stalls;

/* CPU time of the main thread: on a loaded machine a gap in wall time can
 * be the thread waiting for a core, which the CPU time tells apart. */
static gint64
thread_cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static gboolean
stall_tick_cb (gpointer data)
{
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = thread_cpu_us ();

  if (stalls.last != 0 && stalls.phase != NULL)
    {
      gint64 gap = now - stalls.last;
      gint64 busy = cpu - stalls.last_cpu;

      g_array_append_val (stalls.gaps, gap);
      g_array_append_val (stalls.busy, busy);
      if (gap > STALL_US)
        g_ptr_array_add (stalls.stalls,
                         g_strdup_printf ("%s: %.1f ms (%.1f ms CPU) at %.2f s; opening an article %.1f ms, "
                                          "%u progress updates%s",
                                          stalls.phase, gap / 1000.0, busy / 1000.0,
                                          (stalls.last - stalls.start) / (double) G_USEC_PER_SEC,
                                          stalls.script_us / 1000.0, stalls.n_progress,
                                          stalls.refresh_ended ? ", the refresh ended" : ""));
    }
  stalls.last = now;
  stalls.last_cpu = cpu;
  stalls.script_us = 0;
  stalls.n_progress = 0;
  stalls.refresh_ended = FALSE;
  return G_SOURCE_CONTINUE;
}

static int
compare_gaps (gconstpointer a,
              gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* Prints the gaps of one phase and forgets them. */
static void
report_stalls (const char *phase)
{
  guint n = stalls.gaps->len, over = 0;
  gint64 max = 0, p99 = 0;

  g_array_sort (stalls.gaps, compare_gaps);
  if (n > 0)
    {
      max = g_array_index (stalls.gaps, gint64, n - 1);
      p99 = g_array_index (stalls.gaps, gint64, (guint) ((n - 1) * 0.99));
    }
  for (guint i = 0; i < n; i++)
    if (g_array_index (stalls.gaps, gint64, i) > STALL_US)
      over++;
  g_print ("%s: main-loop ticks %u\n", phase, n);
  g_print ("%s: max stall %.1f ms\n", phase, max / 1000.0);
  g_print ("%s: p99 stall %.2f ms\n", phase, p99 / 1000.0);
  g_print ("%s: stalls over 50 ms %u\n", phase, over);

  /* The same for the main thread's own work in each gap. */
  g_array_sort (stalls.busy, compare_gaps);
  max = n > 0 ? g_array_index (stalls.busy, gint64, n - 1) : 0;
  p99 = n > 0 ? g_array_index (stalls.busy, gint64, (guint) ((n - 1) * 0.99)) : 0;
  over = 0;
  for (guint i = 0; i < n; i++)
    if (g_array_index (stalls.busy, gint64, i) > STALL_US)
      over++;
  g_print ("%s: max main-thread CPU in one gap %.1f ms, p99 %.2f ms, over 50 ms %u\n",
           phase, max / 1000.0, p99 / 1000.0, over);
  for (guint i = 0; i < stalls.stalls->len && i < 40; i++)
    g_print ("  %s\n", (const char *) g_ptr_array_index (stalls.stalls, i));
  g_array_set_size (stalls.gaps, 0);
  g_array_set_size (stalls.busy, 0);
  g_ptr_array_set_size (stalls.stalls, 0);
}

/* --- The scripted reader ------------------------------------------------ */

static ClaimlineWindow *window;
static guint n_ticks, n_opened;

static GtkListView *
find_article_list_view (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListView *found;

      if (GTK_IS_LIST_VIEW (child))
        {
          GtkSelectionModel *model = gtk_list_view_get_model (GTK_LIST_VIEW (child));

          if (GTK_IS_SINGLE_SELECTION (model) &&
              CLAIMLINE_IS_ARTICLE_LIST (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (model))))
            return GTK_LIST_VIEW (child);
        }
      if ((found = find_article_list_view (child)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
script_tick_cb (gpointer data)
{
  GtkListView *list_view = find_article_list_view (GTK_WIDGET (window));
  GtkSingleSelection *selection;
  GtkWidget *scrolled;
  guint n, selected;
  gint64 start;

  if (list_view == NULL)
    return G_SOURCE_CONTINUE;
  n_ticks++;
  selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (list_view));
  n = g_list_model_get_n_items (G_LIST_MODEL (selection));
  if (n == 0)
    return G_SOURCE_CONTINUE;
  selected = gtk_single_selection_get_selected (selection);
  selected = selected == GTK_INVALID_LIST_POSITION ? 0 : (selected + 1) % n;
  start = g_get_monotonic_time ();
  gtk_single_selection_set_selected (selection, selected);
  stalls.script_us += g_get_monotonic_time () - start;
  n_opened++;

  scrolled = gtk_widget_get_ancestor (GTK_WIDGET (list_view), GTK_TYPE_SCROLLED_WINDOW);
  if (scrolled != NULL && n_ticks % 5 == 0)
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
      double value = gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment);

      if (value >= gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment))
        value = 0;
      gtk_adjustment_set_value (adjustment, value);
    }
  return G_SOURCE_CONTINUE;
}

/* --- Driving ------------------------------------------------------------ */

/* Like wait_for() of the UI tests, with a bound of its own: a full-size
 * refresh takes minutes. */
static gboolean
wait_until (gboolean (*condition) (void),
            guint      seconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) seconds * G_USEC_PER_SEC;

  while (!condition ())
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, TRUE);
    }
  return TRUE;
}

static gboolean
window_is_drawn (void)
{
  GtkListView *list_view;

  if (window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (window)))
    return FALSE;
  list_view = find_article_list_view (GTK_WIDGET (window));
  return list_view != NULL && gtk_widget_get_height (GTK_WIDGET (list_view)) > 0;
}

static void
import_status_cb (GObject    *object,
                  GParamSpec *pspec,
                  gpointer    data)
{
  stalls.n_progress++;
  if (!claimline_window_get_importing (window))
    stalls.refresh_ended = TRUE;
}

static gboolean
is_importing (void)
{
  return claimline_window_get_importing (window);
}

static gboolean
is_idle (void)
{
  return !claimline_window_get_importing (window);
}

static guint64
peak_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmHWM:");
  return line != NULL ? g_ascii_strtoull (line + strlen ("VmHWM:"), NULL, 10) : 0;
}

static gint64
count_articles (ClaimlineStore *store)
{
  g_autoptr(GError) error = NULL;
  gint64 n = claimline_store_count_articles (store, &error);

  if (error != NULL)
    g_error ("Cannot count the articles: %s", error->message);
  return n;
}

/* Subscribes to every load feed through an OPML document, on a connection
 * of its own to the window's store (the window's is the main thread's). */
static void
subscribe_all (LoadServer *load,
               const char *store_path,
               guint       n_feeds)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) store = claimline_store_new (store_path, &error);
  g_autoptr(ClaimlineFetcher) fetcher = claimline_fetcher_new ();
  g_autoptr(ClaimlineSubscriptions) subscriptions = NULL;
  g_autoptr(GBytes) opml = NULL;
  GString *text = g_string_new ("<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><head>"
                                "<title>Load</title></head><body>");
  guint n_added = 0;

  if (store == NULL)
    g_error ("Cannot open %s: %s", store_path, error->message);
  for (guint i = 0; i < n_feeds; i++)
    g_string_append_printf (text, "<outline type=\"rss\" text=\"Port Bulletin %u\" "
                            "xmlUrl=\"%sfeed/%u\"/>", i, load->local.bases[i % N_HOSTS], i);
  g_string_append (text, "</body></opml>\n");
  opml = g_string_free_to_bytes (text);
  subscriptions = claimline_subscriptions_new (store, fetcher);
  if (!claimline_subscriptions_import_opml (subscriptions, opml, &n_added, &error))
    g_error ("Cannot subscribe: %s", error->message);
  if (n_added != n_feeds)
    g_error ("Subscribed to %u feeds, not %u", n_added, n_feeds);
}

/* One refresh through the window's action while the script reads;
 * returns its time in seconds. */
static double
refresh_once (const char *phase)
{
  gint64 start = g_get_monotonic_time ();

  stalls.phase = phase;
  if (!gtk_widget_activate_action (GTK_WIDGET (window), "win.refresh-feeds", NULL))
    g_error ("The window has no win.refresh-feeds action");
  if (!wait_until (is_importing, 10))
    g_error ("The refresh did not start");
  g_print ("%s: started at %.2f s\n", phase, (start - stalls.start) / (double) G_USEC_PER_SEC);
  if (!wait_until (is_idle, 6 * 3600))
    g_error ("The refresh did not end");
  g_print ("%s: ended at %.2f s\n", phase,
           (g_get_monotonic_time () - stalls.start) / (double) G_USEC_PER_SEC);
  /* The list reloads in the callback that ends the refresh; a little
   * more reading shows what follows it. */
  pause_for (1000);
  stalls.phase = NULL;
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineApplication) app = NULL;
  g_autofree char *data_home = NULL;
  g_autofree char *store_path = NULL;
  LoadServer load = { 0 };
  guint n_feeds = argc > 1 ? (guint) atoi (argv[1]) : 1000;
  gint64 before, after_first, after_second;
  double first_s, second_s;
  gboolean ok;

  if (argc > 2)
    n_items = (guint) atoi (argv[2]);
  total_feeds = n_feeds;
  if (n_feeds == 0 || n_items == 0)
    {
      g_printerr ("Usage: %s [FEEDS] [ITEMS]\n", argv[0]);
      return 2;
    }

  /* Never the reader's own data or settings. */
  data_home = g_dir_make_tmp ("claimline-bench-ui-load-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  if (g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL)
    g_setenv ("GSETTINGS_SCHEMA_DIR", BENCH_SCHEMA_DIR, TRUE);
  g_setenv ("NO_AT_BRIDGE", "1", TRUE);

  if (!gtk_init_check ())
    {
      g_printerr ("No display: run under xvfb-run -a -s \"-screen 0 1280x800x24\"\n");
      return 77;
    }

  load_server_start (&load);

  app = claimline_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("Cannot register: %s", error->message);
  g_application_activate (G_APPLICATION (app));
  window = CLAIMLINE_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  if (!wait_until (window_is_drawn, 30))
    g_error ("The window was not drawn");

  store_path = g_strdup (claimline_store_get_path (claimline_window_get_store (window)));
  subscribe_all (&load, store_path, n_feeds);
  before = count_articles (claimline_window_get_store (window));
  g_print ("feeds %u, entries per feed %u, articles before %" G_GINT64_FORMAT "\n",
           n_feeds, n_items, before);

  stalls.gaps = g_array_new (FALSE, FALSE, sizeof (gint64));
  stalls.busy = g_array_new (FALSE, FALSE, sizeof (gint64));
  stalls.stalls = g_ptr_array_new_with_free_func (g_free);
  stalls.start = g_get_monotonic_time ();
  g_timeout_add_full (G_PRIORITY_HIGH, 1, stall_tick_cb, NULL, NULL);
  g_timeout_add (100, script_tick_cb, NULL);
  g_signal_connect (window, "notify::import-status", G_CALLBACK (import_status_cb), NULL);

  /* The same reading with no refresh, to tell drawing from loading. */
  stalls.phase = "baseline";
  pause_for (BASELINE_MS);
  stalls.phase = NULL;
  report_stalls ("baseline");

  first_s = refresh_once ("refresh");
  after_first = count_articles (claimline_window_get_store (window));
  report_stalls ("refresh");
  g_print ("refresh: total time %.1f s\n", first_s);
  g_print ("refresh: articles added %" G_GINT64_FORMAT " (expected %u)\n",
           after_first - before, n_feeds * n_items);
  g_print ("refresh: peak RSS %" G_GUINT64_FORMAT " MB\n", peak_rss_kb () / 1024);

  second_s = refresh_once ("second refresh");
  after_second = count_articles (claimline_window_get_store (window));
  report_stalls ("second refresh");
  g_print ("second refresh: total time %.1f s\n", second_s);
  g_print ("second refresh: articles added %" G_GINT64_FORMAT " (expected 0)\n",
           after_second - after_first);

  report_stories (claimline_window_get_store (window));
  g_print ("articles opened by the script %u, server requests %d\n", n_opened,
           g_atomic_int_get (&load.n_requests));
  g_print ("peak RSS %" G_GUINT64_FORMAT " MB\n", peak_rss_kb () / 1024);
  ok = after_first - before == (gint64) n_feeds * n_items && after_second == after_first;
  g_print ("all entries stored exactly once: %s\n", ok ? "yes" : "NO");

  gtk_window_destroy (GTK_WINDOW (window));
  local_server_stop (&load.local);
  g_array_unref (stalls.gaps);
  g_array_unref (stalls.busy);
  g_ptr_array_unref (stalls.stalls);
  remove_tree (data_home);
  return ok ? 0 : 1;
}
