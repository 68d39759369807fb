/* claimline-format.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <glib/gi18n.h>

#include "claimline-format.h"

static gboolean
parse_iso_date (const char *text,
                GDate      *date)
{
  unsigned int year, month, day;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3)
    return FALSE;
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static char *
format_gdate (const GDate *date,
              const char  *format)
{
  g_autoptr(GDateTime) date_time = g_date_time_new_utc (g_date_get_year (date),
                                                        g_date_get_month (date),
                                                        g_date_get_day (date),
                                                        0, 0, 0);

  return date_time != NULL ? g_date_time_format (date_time, format) : NULL;
}

static char *
format_date (const GDate *date,
             gboolean     relative,
             const GDate *today)
{
  GDate now;
  int days;

  if (!relative)
    /* Translators: a full date, e.g. "8 Jun 2025"; see the GLib reference
     * of g_date_time_format() for the codes. */
    return format_gdate (date, _("%-d %b %Y"));

  if (today == NULL)
    {
      g_date_clear (&now, 1);
      g_date_set_time_t (&now, time (NULL));
      today = &now;
    }

  days = g_date_days_between (date, today);
  if (days == 0)
    return g_strdup (_("Today"));
  if (days == 1)
    return g_strdup (_("Yesterday"));
  if (days > 1 && days < 7)
    /* Translators: a weekday of the last week, e.g. "Monday" */
    return format_gdate (date, _("%A"));
  if (g_date_get_year (date) == g_date_get_year (today) && days > 0)
    /* Translators: a date of this year, e.g. "8 Jun" */
    return format_gdate (date, _("%-d %b"));
  return format_gdate (date, _("%-d %b %Y"));
}

char *
claimline_format_iso_date (const char  *iso_date,
                           gboolean     relative,
                           const GDate *today)
{
  GDate date;

  if (!parse_iso_date (iso_date, &date))
    return NULL;
  return format_date (&date, relative, today);
}

char *
claimline_format_article_date (ClaimlineArticle *article,
                               gboolean          relative)
{
  g_autofree char *date_text = NULL;
  GDate date;

  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE (article), NULL);

  g_date_clear (&date, 1);
  if (!claimline_article_get_published_date (article, &date) || !g_date_valid (&date))
    return g_strdup (_("Undated"));

  date_text = format_date (&date, relative, NULL);
  if (date_text == NULL)
    return g_strdup (_("Undated"));

  if (claimline_article_get_published_inferred (article))
    /* Translators: a publication date inferred from the story, not read
     * from the article, e.g. "≈ 9 Jun 2025 (inferred)" */
    return g_strdup_printf (_("≈ %s (inferred)"), date_text);

  return g_steal_pointer (&date_text);
}

char *
claimline_format_date_range (const char *first,
                             const char *last)
{
  GDate a, b;
  gboolean has_a = parse_iso_date (first, &a);
  gboolean has_b = parse_iso_date (last, &b);
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  if (!has_a && !has_b)
    return NULL;
  if (!has_a || !has_b || g_date_compare (&a, &b) == 0)
    return format_date (has_a ? &a : &b, FALSE, NULL);

  if (g_date_compare (&a, &b) > 0)
    {
      GDate swap = a;

      a = b;
      b = swap;
    }

  end = format_date (&b, FALSE, NULL);
  if (g_date_get_year (&a) != g_date_get_year (&b))
    start = format_date (&a, FALSE, NULL);
  else if (g_date_get_month (&a) != g_date_get_month (&b))
    /* Translators: the start of a date range within one year, e.g. "30 May" */
    start = format_gdate (&a, _("%-d %b"));
  else
    /* Translators: the start of a date range within one month, e.g. "8" */
    start = format_gdate (&a, _("%-d"));

  /* Translators: a date range, e.g. "8–9 Jun 2025" or "30 May – 2 Jun 2025" */
  if (g_date_get_month (&a) == g_date_get_month (&b) && g_date_get_year (&a) == g_date_get_year (&b))
    return g_strdup_printf (_("%s–%s"), start, end);
  return g_strdup_printf (_("%s – %s"), start, end);
}

char *
claimline_format_claim_value (const ClaimlineClaim *claim)
{
  char *value;

  g_return_val_if_fail (claim != NULL, NULL);

  if (g_strcmp0 (claim->kind, "date") == 0)
    {
      char *time = claimline_format_claim_time (claim);

      return time != NULL ? time : g_strdup (claim->text != NULL ? claim->text : "");
    }

  /* The engine writes values the way the command line prints them. */
  value = claimline_claim_format_value (claim);
  return value != NULL ? value : g_strdup (claim->text != NULL ? claim->text : "");
}

static char *
format_timex (const char *value)
{
  unsigned int year, part;
  GDate date;
  char rest;

  if (value == NULL || strchr (value, 'X') != NULL)
    return NULL;
  if (parse_iso_date (value, &date))
    return format_date (&date, FALSE, NULL);
  if (sscanf (value, "%4u-Q%1u%c", &year, &part, &rest) == 2)
    /* Translators: a quarter of a year, e.g. "Q3 2026" */
    return g_strdup_printf (_("Q%u %u"), part, year);
  if (sscanf (value, "%4u-H%1u%c", &year, &part, &rest) == 2)
    /* Translators: a half of a year, e.g. "H1 2025" */
    return g_strdup_printf (_("H%u %u"), part, year);
  if (sscanf (value, "%4u-%2u%c", &year, &part, &rest) == 2 && part >= 1 && part <= 12)
    {
      g_autoptr(GDateTime) month = g_date_time_new_utc (year, part, 1, 0, 0, 0);

      /* Translators: a month of a year, e.g. "June 2025" */
      return month != NULL ? g_date_time_format (month, _("%B %Y")) : NULL;
    }
  if (g_strcmp0 (value, "PRESENT_REF") == 0)
    return g_strdup (_("Now"));
  return g_strdup (value);
}

char *
claimline_format_claim_time (const ClaimlineClaim *claim)
{
  g_autofree char *time = NULL;

  g_return_val_if_fail (claim != NULL, NULL);

  time = format_timex (claim->time_value);
  if (time == NULL)
    return NULL;
  if (claim->time_inferred)
    /* Translators: a time resolved against an inferred publication date */
    return g_strdup_printf (_("%s (inferred)"), time);
  return g_steal_pointer (&time);
}

static char *
capitalize (const char *text)
{
  gunichar first = g_utf8_get_char (text);
  char buffer[8] = { 0 };

  g_unichar_to_utf8 (g_unichar_totitle (first), buffer);
  return g_strconcat (buffer, g_utf8_next_char (text), NULL);
}

char *
claimline_format_claim_subject (const ClaimlineClaim *claim)
{
  g_autofree char *attribute = NULL;

  g_return_val_if_fail (claim != NULL, NULL);

  if (claim->attribute == NULL || *claim->attribute == '\0')
    return claim->subject != NULL ? g_strdup (claim->subject) : g_strdup (_("Figure"));

  attribute = capitalize (claim->attribute);
  if (claim->subject == NULL || *claim->subject == '\0')
    return g_steal_pointer (&attribute);
  /* Translators: what a figure measures and whom it is about,
   * e.g. "Revenue · Scale AI" */
  return g_strdup_printf (_("%s · %s"), attribute, claim->subject);
}

const char *
claimline_format_modality (ClaimlineModality modality)
{
  switch (modality)
    {
    case CLAIMLINE_MODALITY_STATED:
      return _("Stated");
    case CLAIMLINE_MODALITY_REPORTED:
      return _("Reported");
    case CLAIMLINE_MODALITY_PROJECTED:
      return _("Projected");
    case CLAIMLINE_MODALITY_POSSIBLE:
      return _("Possible");
    case CLAIMLINE_MODALITY_DENIED:
      return _("Denied");
    default:
      return _("Stated");
    }
}

const char *
claimline_format_verdict (ClaimlineVerdict verdict)
{
  switch (verdict)
    {
    case CLAIMLINE_VERDICT_AGREE:
      return _("Corroborated");
    case CLAIMLINE_VERDICT_CONFLICT:
      return _("Conflicting");
    case CLAIMLINE_VERDICT_SINGLE:
      return _("Single Source");
    case CLAIMLINE_VERDICT_NONE:
    default:
      return _("Not Compared Yet");
    }
}

gboolean
claimline_modality_is_hedged (ClaimlineModality modality)
{
  return modality == CLAIMLINE_MODALITY_REPORTED
         || modality == CLAIMLINE_MODALITY_PROJECTED
         || modality == CLAIMLINE_MODALITY_POSSIBLE;
}
