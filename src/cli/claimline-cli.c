/* claimline-cli.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "claimline-cli-private.h"
#include "claimline-import.h"

static void
cli_options_clear (CliOptions *options)
{
  g_clear_pointer (&options->db_path, g_free);
  g_clear_pointer (&options->dct, g_free);
  g_clear_pointer (&options->format, g_free);
  g_clear_pointer (&options->svg_path, g_free);
  g_clear_pointer (&options->png_path, g_free);
  g_clear_pointer (&options->title, g_free);
  g_clear_pointer (&options->folder, g_free);
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

static const Command commands[] = {
  { "import", "FILE|URL…", 1, G_MAXUINT, claimline_cli_run_import, N_("Import text or HTML files, or web pages by URL") },
  { "list", "", 0, 0, claimline_cli_run_list, N_("List the stored articles, newest first") },
  { "show", "ID", 1, 1, claimline_cli_run_show, N_("Print one article with its text") },
  { "search", "QUERY…", 1, G_MAXUINT, claimline_cli_run_search, N_("Full-text search over titles and texts") },
  { "claims", "[FILE|URL…]", 0, G_MAXUINT, claimline_cli_run_claims, N_("The claims found in files, or in the stored articles") },
  { "dates", "[FILE|URL…]", 0, G_MAXUINT, claimline_cli_run_dates, N_("The temporal expressions found in files or stored articles") },
  { "compare", "[FILE|URL…]", 0, G_MAXUINT, claimline_cli_run_compare, N_("Each claim across outlets: agree, conflict or single") },
  { "timeline", "[FILE|URL…]", 0, G_MAXUINT, claimline_cli_run_timeline, N_("The dated events of the story, in order") },
  { "brief", "[FILE|URL…]", 0, G_MAXUINT, claimline_cli_run_brief, N_("A story brief (--format markdown, html or json)") },
  { "add-feed", "URL", 1, 1, claimline_cli_run_add_feed, N_("Subscribe to a feed, or to the feed a page names (--title, --folder)") },
  { "feeds", "", 0, 0, claimline_cli_run_feeds, N_("List the subscriptions with their last fetch and error") },
  { "rename-feed", "ID TITLE", 2, 2, claimline_cli_run_rename_feed, N_("Rename a subscription (--folder moves it too)") },
  { "remove-feed", "ID", 1, 1, claimline_cli_run_remove_feed, N_("End a subscription; its articles stay unless --delete-articles") },
  { "refresh", "[ID…]", 0, G_MAXUINT, claimline_cli_run_refresh, N_("Fetch new articles from all or some feeds; fails only if every feed fails") },
  { "opml-import", "FILE", 1, 1, claimline_cli_run_opml_import, N_("Subscribe to the feeds of an OPML file") },
  { "opml-export", "[FILE]", 0, 1, claimline_cli_run_opml_export, N_("Write the subscriptions as OPML (to standard output without FILE)") },
};

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s", _("Usage: claimline-cli [--db PATH] [--json] COMMAND [ARGUMENTS…]\n\nCommands:\n"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *call = g_strdup_printf ("%s %s", commands[i].name, commands[i].arguments);
      /* Pads by characters, not bytes: the arguments hold "…". */
      int padding = MAX (1, 24 - (int) g_utf8_strlen (call, -1));

      fprintf (stream, "  %s%*s%s\n", call, padding, "", _(commands[i].summary));
    }
  fprintf (stream, "%s", _("\nOptions:\n"
                           "  --db PATH        use the store at PATH (default: the user’s store)\n"
                           "  --json           print JSON Lines, one object per line\n"
                           "  --sort date|outlet  order of `list`\n"
                           "  --limit N        at most N results\n"
                           "  --dct YYYY-MM-DD publication date for inputs that carry none\n"
                           "  --format FORMAT  markdown, html or json (brief)\n"
                           "  --date-order ORDER  month-day (default) or day-month, for dates like 06/09/2025\n"
                           "  --svg FILE, --png FILE  draw the timeline to an SVG or PNG file\n"
                           "  --version        print the version\n"));
  fprintf (stream, "%s", _("  --title TITLE, --folder FOLDER  of a feed added (add-feed, rename-feed)\n"
                           "  --delete-articles  remove-feed deletes the feed’s articles too\n"));
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
      else if (g_str_equal (argv[i], "--delete-articles"))
        options->delete_articles = TRUE;
      else if ((value = option_value (argc, argv, &i, "--title")) != NULL)
        {
          g_free (options->title);
          options->title = g_strdup (value);
        }
      else if ((value = option_value (argc, argv, &i, "--folder")) != NULL)
        {
          g_free (options->folder);
          options->folder = g_strdup (value);
        }
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
              claimline_cli_print_error (_("unknown sort order “%s” (use date or outlet)"), value);
              return FALSE;
            }
        }
      else if ((value = option_value (argc, argv, &i, "--dct")) != NULL)
        {
          guint year, month, day;

          if (sscanf (value, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
              !g_date_valid_dmy (day, month, year) || strlen (value) != 10)
            {
              claimline_cli_print_error (_("--dct needs a date as YYYY-MM-DD, not “%s”"), value);
              return FALSE;
            }
          g_free (options->dct);
          options->dct = g_strdup (value);
        }
      else if ((value = option_value (argc, argv, &i, "--date-order")) != NULL)
        {
          ClaimlineDateOrder order;

          if (!claimline_date_order_from_string (value, &order))
            {
              claimline_cli_print_error (_("unknown date order “%s” (use month-day or day-month)"), value);
              return FALSE;
            }
          options->date_order = order;
        }
      else if ((value = option_value (argc, argv, &i, "--format")) != NULL)
        {
          if (!g_str_equal (value, "markdown") && !g_str_equal (value, "html") &&
              !g_str_equal (value, "json"))
            {
              claimline_cli_print_error (_("unknown format “%s” (use markdown, html or json)"), value);
              return FALSE;
            }
          g_free (options->format);
          options->format = g_strdup (value);
        }
      else if ((value = option_value (argc, argv, &i, "--svg")) != NULL)
        {
          g_free (options->svg_path);
          options->svg_path = g_strdup (value);
        }
      else if ((value = option_value (argc, argv, &i, "--png")) != NULL)
        {
          g_free (options->png_path);
          options->png_path = g_strdup (value);
        }
      else if ((value = option_value (argc, argv, &i, "--limit")) != NULL)
        {
          guint64 limit;

          if (!g_ascii_string_to_unsigned (value, 10, 1, G_MAXUINT, &limit, NULL))
            {
              claimline_cli_print_error (_("--limit needs a positive number, not “%s”"), value);
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
          claimline_cli_print_error (_("unknown option “%s” (see --help)"), argv[i]);
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
      claimline_cli_print_error (_("no command given (see --help)"));
      return EXIT_USAGE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      const Command *entry = &commands[i];

      if (!g_str_equal (command, entry->name))
        continue;
      if (options.args->len < entry->min_args || options.args->len > entry->max_args)
        {
          claimline_cli_print_error (_("usage: claimline-cli %s %s"), entry->name, entry->arguments);
          return EXIT_USAGE;
        }
      return entry->run (&options);
    }

  claimline_cli_print_error (_("unknown command “%s” (see --help)"), command);
  return EXIT_USAGE;
}
