/* claimline-cli.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "claimline-cli-json.h"
#include "claimline-error.h"
#include "claimline-fetcher.h"
#include "claimline-import.h"
#include "claimline-store.h"

enum {
  EXIT_OK = 0,
  EXIT_FAILED = 1,
  EXIT_USAGE = 2,
};

typedef struct
{
  char                 *db_path;
  gboolean              json;
  ClaimlineArticleSort  sort;
  guint                 limit;
  GPtrArray            *args;
} CliOptions;

static void
cli_options_clear (CliOptions *options)
{
  g_clear_pointer (&options->db_path, g_free);
  g_clear_pointer (&options->args, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CliOptions, cli_options_clear)

typedef int (*CommandFunc) (CliOptions *options);

typedef struct
{
  const char  *name;
  const char  *arguments;
  guint        min_args;
  guint        max_args;
  CommandFunc  run;
  const char  *summary;
} Command;

static void G_GNUC_PRINTF (1, 2)
print_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("claimline-cli: %s\n", message);
}

static ClaimlineStore *
open_store (CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = options->db_path ? g_strdup (options->db_path)
                                           : claimline_store_default_path ();
  ClaimlineStore *store = claimline_store_new (path, &error);

  if (store == NULL)
    print_error (_("cannot open the store: %s"), error->message);
  return store;
}

static gboolean
is_url (const char *argument)
{
  return g_str_has_prefix (argument, "http://") || g_str_has_prefix (argument, "https://");
}

static void
print_import_result (CliOptions       *options,
                     const char       *argument,
                     ClaimlineArticle *article,
                     gboolean          added)
{
  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      claimline_cli_json_add_string (builder, "file", argument);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, claimline_article_get_id (article));
      json_builder_set_member_name (builder, "added");
      json_builder_add_boolean_value (builder, added);
      claimline_cli_json_add_string (builder, "title", claimline_article_get_title (article));
      claimline_cli_json_add_string (builder, "published",
                                     claimline_article_get_published (article));
      json_builder_end_object (builder);
      claimline_cli_print_json_line (builder);
    }
  else if (added)
    printf (_("Imported %s as article %" G_GINT64_FORMAT ": %s\n"), argument,
            claimline_article_get_id (article), claimline_article_get_title (article));
  else
    printf (_("Already in the store: %s is article %" G_GINT64_FORMAT "\n"), argument,
            claimline_article_get_id (article));
}

/* Imports one file in its own transaction; a failure leaves the others. */
static gboolean
import_one (CliOptions     *options,
            ClaimlineStore *store,
            const char     *argument)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(ClaimlineDocument) document = NULL;
  g_autoptr(ClaimlineArticle) article = NULL;
  gint64 id = 0;
  gboolean added = FALSE;

  if (is_url (argument))
    {
      g_autoptr(ClaimlineFetcher) fetcher = claimline_fetcher_new ();

      document = claimline_fetcher_import_url (fetcher, argument, NULL, &error);
    }
  else
    {
      file = g_file_new_for_commandline_arg (argument);
      document = claimline_import_file (file, NULL, &error);
    }
  if (document == NULL ||
      !claimline_store_add_document (store, document, &id, &added, &error) ||
      (article = claimline_store_load_article (store, id, &error)) == NULL)
    {
      print_error (_("cannot import %s: %s"), argument, error->message);
      return FALSE;
    }

  print_import_result (options, argument, article, added);
  return TRUE;
}

static int
run_import (CliOptions *options)
{
  g_autoptr(ClaimlineStore) store = open_store (options);
  guint n_failed = 0;

  if (store == NULL)
    return EXIT_FAILED;

  for (guint i = 0; i < options->args->len; i++)
    if (!import_one (options, store, g_ptr_array_index (options->args, i)))
      n_failed++;

  return n_failed == 0 ? EXIT_OK : EXIT_FAILED;
}

static void
print_article_line (CliOptions       *options,
                    ClaimlineArticle *article)
{
  const char *published = claimline_article_get_published (article);
  const char *outlet = claimline_article_get_outlet (article);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = claimline_cli_json_article (article, FALSE);

      claimline_cli_print_json_line (builder);
      return;
    }
  printf ("%6" G_GINT64_FORMAT "  %-10s  %-24.24s  %s\n",
          claimline_article_get_id (article),
          published ? published : _("undated"),
          outlet ? outlet : "—",
          claimline_article_get_title (article));
}

static int
run_list (CliOptions *options)
{
  g_autoptr(ClaimlineStore) store = open_store (options);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  if (store == NULL)
    return EXIT_FAILED;
  ids = claimline_store_list_article_ids (store, options->sort, &error);
  if (ids == NULL)
    {
      print_error ("%s", error->message);
      return EXIT_FAILED;
    }

  n = options->limit > 0 ? MIN (options->limit, ids->len) : ids->len;
  /* Read in chunks so that a long listing never holds every row at once. */
  for (guint first = 0; first < n; first += 256)
    {
      g_autoptr(GPtrArray) rows = NULL;

      rows = claimline_store_load_summaries (store, &g_array_index (ids, gint64, first),
                                             MIN (256, n - first), &error);
      if (rows == NULL)
        {
          print_error ("%s", error->message);
          return EXIT_FAILED;
        }
      for (guint i = 0; i < rows->len; i++)
        print_article_line (options, g_ptr_array_index (rows, i));
    }
  return EXIT_OK;
}

static gboolean
parse_id (const char *text,
          gint64     *out_id)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    return FALSE;
  *out_id = (gint64) value;
  return TRUE;
}

static int
run_show (CliOptions *options)
{
  g_autoptr(ClaimlineStore) store = NULL;
  g_autoptr(ClaimlineArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  const char *argument = g_ptr_array_index (options->args, 0);
  const char *value;
  gint64 id;

  if (!parse_id (argument, &id))
    {
      print_error (_("“%s” is not an article id (a positive number, as `list` shows)"), argument);
      return EXIT_USAGE;
    }
  store = open_store (options);
  if (store == NULL)
    return EXIT_FAILED;

  article = claimline_store_load_article (store, id, &error);
  if (article == NULL)
    {
      print_error ("%s", error->message);
      return EXIT_FAILED;
    }

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = claimline_cli_json_article (article, TRUE);

      claimline_cli_print_json_line (builder);
      return EXIT_OK;
    }

  printf ("%s\n", claimline_article_get_title (article));
  if ((value = claimline_article_get_outlet (article)) != NULL)
    printf (_("Outlet: %s\n"), value);
  if ((value = claimline_article_get_author (article)) != NULL)
    printf (_("Author: %s\n"), value);
  value = claimline_article_get_published (article);
  printf (_("Published: %s\n"), value ? value : _("undated"));
  if ((value = claimline_article_get_url (article)) != NULL)
    printf (_("Source: %s\n"), value);
  printf ("\n%s\n", claimline_article_get_text (article));
  return EXIT_OK;
}

static int
run_search (CliOptions *options)
{
  g_autoptr(ClaimlineStore) store = open_store (options);
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *query = NULL;

  if (store == NULL)
    return EXIT_FAILED;

  g_ptr_array_add (options->args, NULL);
  query = g_strjoinv (" ", (char **) options->args->pdata);
  g_ptr_array_remove_index (options->args, options->args->len - 1);

  hits = claimline_store_search (store, query, options->limit > 0 ? options->limit : 50, &error);
  if (hits == NULL)
    {
      print_error ("%s", error->message);
      return g_error_matches (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_INVALID_ARGUMENT)
               ? EXIT_USAGE : EXIT_FAILED;
    }

  for (guint i = 0; i < hits->len; i++)
    {
      const ClaimlineSearchHit *hit = g_ptr_array_index (hits, i);

      if (options->json)
        {
          g_autoptr(JsonBuilder) builder = claimline_cli_json_search_hit (hit);

          claimline_cli_print_json_line (builder);
        }
      else
        printf ("%6" G_GINT64_FORMAT "  %s — %s\n        %s\n", hit->article_id,
                hit->outlet ? hit->outlet : "—", hit->title, hit->snippet);
    }
  if (hits->len == 0 && !options->json)
    printf (_("No articles match “%s”.\n"), query);
  return EXIT_OK;
}

static const Command commands[] = {
  { "import", "FILE|URL…", 1, G_MAXUINT, run_import, N_("Import text or HTML files, or web pages by URL") },
  { "list", "", 0, 0, run_list, N_("List the stored articles, newest first") },
  { "show", "ID", 1, 1, run_show, N_("Print one article with its text") },
  { "search", "QUERY…", 1, G_MAXUINT, run_search, N_("Full-text search over titles and texts") },
};

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s", _("Usage: claimline-cli [--db PATH] [--json] COMMAND [ARGUMENTS…]\n\nCommands:\n"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-8s %-10s %s\n", commands[i].name, commands[i].arguments,
             _(commands[i].summary));
  fprintf (stream, "%s", _("\nOptions:\n"
                           "  --db PATH        use the store at PATH (default: the user’s store)\n"
                           "  --json           print JSON Lines, one object per line\n"
                           "  --sort date|outlet  order of `list`\n"
                           "  --limit N        at most N results\n"
                           "  --version        print the version\n"));
}

/* Takes the value of an option given as "--name VALUE" or "--name=VALUE". */
static const char *
option_value (int          argc,
              char       **argv,
              int         *i,
              const char  *name)
{
  gsize len = strlen (name);

  if (strncmp (argv[*i], name, len) != 0)
    return NULL;
  if (argv[*i][len] == '=')
    return argv[*i] + len + 1;
  if (argv[*i][len] == '\0' && *i + 1 < argc)
    return argv[++(*i)];
  return NULL;
}

static gboolean
parse_arguments (int          argc,
                 char       **argv,
                 CliOptions  *options,
                 const char **out_command)
{
  const char *value;

  *out_command = NULL;
  options->args = g_ptr_array_new_with_free_func (g_free);

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--json"))
        options->json = TRUE;
      else if ((value = option_value (argc, argv, &i, "--db")) != NULL)
        {
          g_free (options->db_path);
          options->db_path = g_strdup (value);
        }
      else if ((value = option_value (argc, argv, &i, "--sort")) != NULL)
        {
          if (g_str_equal (value, "date"))
            options->sort = CLAIMLINE_ARTICLE_SORT_DATE;
          else if (g_str_equal (value, "outlet"))
            options->sort = CLAIMLINE_ARTICLE_SORT_OUTLET;
          else
            {
              print_error (_("unknown sort order “%s” (use date or outlet)"), value);
              return FALSE;
            }
        }
      else if ((value = option_value (argc, argv, &i, "--limit")) != NULL)
        {
          guint64 limit;

          if (!g_ascii_string_to_unsigned (value, 10, 1, G_MAXUINT, &limit, NULL))
            {
              print_error (_("--limit needs a positive number, not “%s”"), value);
              return FALSE;
            }
          options->limit = (guint) limit;
        }
      else if (g_str_equal (argv[i], "--") && i + 1 < argc)
        {
          while (++i < argc)
            g_ptr_array_add (options->args, g_strdup (argv[i]));
        }
      else if (argv[i][0] == '-' && argv[i][1] != '\0')
        {
          print_error (_("unknown option “%s” (see --help)"), argv[i]);
          return FALSE;
        }
      else if (*out_command == NULL)
        *out_command = argv[i];
      else
        g_ptr_array_add (options->args, g_strdup (argv[i]));
    }
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_auto(CliOptions) options = { 0 };
  const char *command = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
        {
          print_usage (stdout);
          return EXIT_OK;
        }
      if (g_str_equal (argv[i], "--version"))
        {
          printf ("claimline-cli %s\n", PACKAGE_VERSION);
          return EXIT_OK;
        }
    }

  if (!parse_arguments (argc, argv, &options, &command))
    return EXIT_USAGE;
  if (command == NULL)
    {
      print_error (_("no command given (see --help)"));
      return EXIT_USAGE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      const Command *entry = &commands[i];

      if (!g_str_equal (command, entry->name))
        continue;
      if (options.args->len < entry->min_args || options.args->len > entry->max_args)
        {
          print_error (_("usage: claimline-cli %s %s"), entry->name, entry->arguments);
          return EXIT_USAGE;
        }
      return entry->run (&options);
    }

  print_error (_("unknown command “%s” (see --help)"), command);
  return EXIT_USAGE;
}
