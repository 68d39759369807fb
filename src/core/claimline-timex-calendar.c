/* claimline-timex-calendar.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "claimline-timex-private.h"

/* Proleptic Gregorian arithmetic on day numbers (days since 1970-01-01),
 * ISO 8601 weeks, and the TIMEX3 spelling of points and durations. */

static const char *season_codes[] = { "XX", "SP", "SU", "FA", "WI" };

static int
floor_div (int a,
           int b)
{
  return a >= 0 ? a / b : -((-a + b - 1) / b);
}

gint32
timex_day_number (int year,
                  int month,
                  int day)
{
  int y = year - (month <= 2);
  int era = floor_div (y, 400);
  int yoe = y - era * 400;
  int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  return era * 146097 + doe - 719468;
}

void
timex_civil (gint32  jd,
             int    *year,
             int    *month,
             int    *day)
{
  int z = jd + 719468;
  int era = floor_div (z, 146097);
  int doe = z - era * 146097;
  int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int mp = (5 * doy + 2) / 153;

  *day = doy - (153 * mp + 2) / 5 + 1;
  *month = mp < 10 ? mp + 3 : mp - 9;
  *year = yoe + era * 400 + (*month <= 2);
}

/* 1 Monday ... 7 Sunday; day 0 was a Thursday. */
int
timex_weekday (gint32 jd)
{
  return ((jd % 7) + 7 + 3) % 7 + 1;
}

int
timex_days_in_month (int year,
                     int month)
{
  static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  gboolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

  return month == 2 && leap ? 29 : days[month - 1];
}

static void
iso_week (gint32  jd,
          int    *week_year,
          int    *week)
{
  gint32 thursday = jd + 4 - timex_weekday (jd);
  int y, m, d;

  timex_civil (thursday, &y, &m, &d);
  *week_year = y;
  *week = (thursday - timex_day_number (y, 1, 1)) / 7 + 1;
}

static gint32
iso_week_monday (int week_year,
                 int week)
{
  gint32 jan4 = timex_day_number (week_year, 1, 4);

  return jan4 - (timex_weekday (jan4) - 1) + (week - 1) * 7;
}

TimexPoint
timex_point_unknown (TimexGran gran)
{
  TimexPoint point = { gran, 0, 0, 0, 0 };

  return point;
}

TimexPoint
timex_point_at (gint32    jd,
                TimexGran gran)
{
  TimexPoint point = { gran, 0, 0, 0, 0 };
  int y, m, d, wy, w;

  timex_civil (jd, &y, &m, &d);
  point.year = y;
  switch (gran)
    {
    case TIMEX_GRAN_CENTURY:
      point.year = floor_div (y, 100) * 100;
      break;
    case TIMEX_GRAN_DECADE:
      point.year = floor_div (y, 10) * 10;
      break;
    case TIMEX_GRAN_YEAR:
      break;
    case TIMEX_GRAN_HALF:
      point.index = (m - 1) / 6 + 1;
      break;
    case TIMEX_GRAN_QUARTER:
      point.index = (m - 1) / 3 + 1;
      break;
    case TIMEX_GRAN_SEASON:
      /* winter runs from December into the next year and is named by its start */
      point.index = m == 12 || m <= 2 ? 4 : (m - 3) / 3 + 1;
      point.year = m <= 2 ? y - 1 : y;
      break;
    case TIMEX_GRAN_MONTH:
      point.index = m;
      break;
    case TIMEX_GRAN_WEEK:
    case TIMEX_GRAN_WEEKEND:
      iso_week (jd, &wy, &w);
      point.year = wy;
      point.index = w;
      break;
    case TIMEX_GRAN_DAY:
      point.index = m;
      point.day = d;
      break;
    }
  return point;
}

/* A known point whose year no TIMEX3 value can write ("a billion years
 * ago"). */
gboolean
timex_point_beyond_calendar (const TimexPoint *point)
{
  return timex_point_known (point) && (point->year < 1 || point->year > TIMEX_CALENDAR_YEARS);
}

gboolean
timex_point_known (const TimexPoint *point)
{
  if (point->year == 0)
    return FALSE;
  if (point->gran <= TIMEX_GRAN_YEAR)
    return TRUE;
  if (point->index == 0)
    return FALSE;
  return point->gran != TIMEX_GRAN_DAY || point->day != 0;
}

static gint32
add_months (gint32 jd,
            int    n)
{
  int y, m, d, k;

  timex_civil (jd, &y, &m, &d);
  k = y * 12 + m - 1 + n;
  y = floor_div (k, 12);
  m = k - y * 12 + 1;
  return timex_day_number (y, m, MIN (d, timex_days_in_month (y, m)));
}

gboolean
timex_point_range (const TimexPoint *p,
                   gint32           *low,
                   gint32           *high)
{
  int y = p->year;
  int first = 1, last = 12;
  gint32 monday;

  if (!timex_point_known (p))
    return FALSE;
  switch (p->gran)
    {
    case TIMEX_GRAN_CENTURY:
      *low = timex_day_number (y, 1, 1);
      *high = timex_day_number (y + 99, 12, 31);
      return TRUE;
    case TIMEX_GRAN_DECADE:
      *low = timex_day_number (y, 1, 1);
      *high = timex_day_number (y + 9, 12, 31);
      return TRUE;
    case TIMEX_GRAN_WEEK:
    case TIMEX_GRAN_WEEKEND:
      monday = iso_week_monday (y, p->index);
      *low = p->gran == TIMEX_GRAN_WEEK ? monday : monday + 5;
      *high = monday + 6;
      return TRUE;
    case TIMEX_GRAN_DAY:
      *low = *high = timex_day_number (y, p->index, p->day);
      return TRUE;
    case TIMEX_GRAN_SEASON:
      *low = timex_day_number (y, p->index * 3, 1);
      *high = add_months (*low, 3) - 1;
      return TRUE;
    case TIMEX_GRAN_YEAR:
      break;
    case TIMEX_GRAN_HALF:
      first = p->index * 6 - 5;
      last = first + 5;
      break;
    case TIMEX_GRAN_QUARTER:
      first = p->index * 3 - 2;
      last = first + 2;
      break;
    case TIMEX_GRAN_MONTH:
      first = last = p->index;
      break;
    }
  *low = timex_day_number (y, first, 1);
  *high = timex_day_number (y, last, timex_days_in_month (y, last));
  return TRUE;
}

/* Moves a point by N of its own units. */
TimexPoint
timex_point_shift (TimexPoint point,
                   int        n)
{
  int per_year = 0, k;
  gint32 low, high;

  if (!timex_point_known (&point) || n == 0)
    return point;
  switch (point.gran)
    {
    case TIMEX_GRAN_CENTURY:
      point.year += 100 * n;
      return point;
    case TIMEX_GRAN_DECADE:
      point.year += 10 * n;
      return point;
    case TIMEX_GRAN_YEAR:
      point.year += n;
      return point;
    case TIMEX_GRAN_HALF:
      per_year = 2;
      break;
    case TIMEX_GRAN_QUARTER:
    case TIMEX_GRAN_SEASON:
      per_year = 4;
      break;
    case TIMEX_GRAN_MONTH:
      per_year = 12;
      break;
    case TIMEX_GRAN_WEEK:
    case TIMEX_GRAN_WEEKEND:
      timex_point_range (&point, &low, &high);
      return timex_point_at (high + 7 * n, point.gran);
    case TIMEX_GRAN_DAY:
      timex_point_range (&point, &low, &high);
      return timex_point_at (low + n, point.gran);
    }
  k = point.year * per_year + point.index - 1 + n;
  point.year = floor_div (k, per_year);
  point.index = k - point.year * per_year + 1;
  return point;
}

/* Writes N as WIDTH digits (no terminator); days are formatted by the
 * hundred thousand, so this skips printf. */
static char *
put_digits (char *p,
            int   n,
            int   width)
{
  for (int k = width - 1; k >= 0; k--, n /= 10)
    p[k] = '0' + n % 10;
  return p + width;
}

static void
format_year (char             *buf,
             gsize             size,
             const TimexPoint *p)
{
  if (p->year > 0 && p->year <= 9999)
    *put_digits (buf, p->year, 4) = '\0';
  else if (p->year != 0)
    g_snprintf (buf, size, "%04d", p->year);
  else
    g_strlcpy (buf, "XXXX", size);
}

void
timex_point_format (const TimexPoint *p,
                    char             *buf,
                    gsize             size)
{
  char year[8];
  gsize used;

  if (p->gran == TIMEX_GRAN_CENTURY)
    {
      if (p->year != 0)
        g_snprintf (buf, size, "%02d", p->year / 100);
      else
        g_strlcpy (buf, "XX", size);
      return;
    }
  if (p->gran == TIMEX_GRAN_DECADE)
    {
      if (p->year != 0)
        g_snprintf (buf, size, "%03d", p->year / 10);
      else
        g_strlcpy (buf, "XXX", size);
      return;
    }
  if (p->gran == TIMEX_GRAN_DAY && p->weekday != 0 && p->index == 0)
    {
      g_snprintf (buf, size, "XXXX-WXX-%d", p->weekday);
      return;
    }
  format_year (year, sizeof year, p);
  g_strlcpy (buf, year, size);
  used = strlen (buf);
  switch (p->gran)
    {
    case TIMEX_GRAN_HALF:
      g_snprintf (buf + used, size - used, p->index ? "-H%d" : "-HX", p->index);
      break;
    case TIMEX_GRAN_QUARTER:
      g_snprintf (buf + used, size - used, p->index ? "-Q%d" : "-QX", p->index);
      break;
    case TIMEX_GRAN_SEASON:
      g_snprintf (buf + used, size - used, "-%s", season_codes[p->index]);
      break;
    case TIMEX_GRAN_MONTH:
      g_snprintf (buf + used, size - used, p->index ? "-%02d" : "-XX", p->index);
      break;
    case TIMEX_GRAN_WEEK:
    case TIMEX_GRAN_WEEKEND:
      g_snprintf (buf + used, size - used, p->index ? "-W%02d" : "-WXX", p->index);
      if (p->gran == TIMEX_GRAN_WEEKEND)
        g_strlcat (buf, "-WE", size);
      break;
    case TIMEX_GRAN_DAY:
      if (p->index != 0 && p->day != 0 && size - used > 6)
        {
          char *q = buf + used;

          *q++ = '-';
          q = put_digits (q, p->index, 2);
          *q++ = '-';
          *put_digits (q, p->day, 2) = '\0';
        }
      else if (p->index != 0)
        g_snprintf (buf + used, size - used, "-%02d-XX", p->index);
      else
        g_strlcpy (buf + used, "-XX-XX", size - used);
      break;
    case TIMEX_GRAN_CENTURY:
    case TIMEX_GRAN_DECADE:
    case TIMEX_GRAN_YEAR:
      break;
    }
}

void
timex_format_day (gint32  jd,
                  char   *buf,
                  gsize   size)
{
  int y, m, d;
  char *p = buf;

  g_assert (size >= 11);
  timex_civil (jd, &y, &m, &d);
  if (y < 0 || y > 9999)
    {
      g_snprintf (buf, size, "%04d-%02d-%02d", y, m, d);
      return;
    }
  p = put_digits (p, y, 4);
  *p++ = '-';
  p = put_digits (p, m, 2);
  *p++ = '-';
  p = put_digits (p, d, 2);
  *p = '\0';
}

/* JD kept within years 1 to 9999, the years a TIMEX3 value can write. */
static gint32
calendar_clamp (gint32 jd)
{
  return CLAMP (jd, timex_day_number (1, 1, 1), timex_day_number (TIMEX_CALENDAR_YEARS, 12, 31));
}

/* JD moved by AMOUNT units (negative: back); used for the ends of
 * "the past 18 months". */
gint32
timex_add_units (gint32    jd,
                 TimexUnit unit,
                 double    amount)
{
  static const int months[] = {
    [TU_MONTH] = 1, [TU_QUARTER] = 3, [TU_HALF] = 6, [TU_SEASON] = 3,
    [TU_YEAR] = 12, [TU_DECADE] = 120, [TU_CENTURY] = 1200, [TU_MILLENNIUM] = 12000,
  };
  static const int days[] = {
    [TU_DAY] = 1, [TU_WEEKEND] = 2, [TU_WEEK] = 7, [TU_FORTNIGHT] = 14,
  };

  double n;

  if (unit < G_N_ELEMENTS (months) && months[unit] != 0)
    {
      /* "the past four billion years" starts where the calendar does */
      n = CLAMP (amount * months[unit], -TIMEX_CALENDAR_YEARS * 12.0, TIMEX_CALENDAR_YEARS * 12.0);
      return calendar_clamp (add_months (jd, (int) (n + (n < 0 ? -0.5 : 0.5))));
    }
  if (unit < G_N_ELEMENTS (days) && days[unit] != 0)
    n = amount * days[unit];
  else if (unit == TU_HOUR)
    n = amount / 24;
  else
    return jd;
  n = CLAMP (n, -TIMEX_CALENDAR_YEARS * 366.0, TIMEX_CALENDAR_YEARS * 366.0);
  return calendar_clamp (jd + (gint32) n);
}

static void
format_amount (double  amount,
               char   *buf,
               gsize   size)
{
  if (amount < 0)
    g_strlcpy (buf, "X", size);
  else if (!(amount < 1e15))
    /* past what a gint64 holds exactly (or not a number at all) */
    g_snprintf (buf, size, "%.0f", amount < 1e30 ? amount : 1e30);
  else if (amount == (gint64) amount)
    g_snprintf (buf, size, "%" G_GINT64_FORMAT, (gint64) amount);
  else
    {
      char *end;

      g_ascii_formatd (buf, size, "%.2f", amount);
      end = buf + strlen (buf) - 1;
      while (*end == '0')
        *end-- = '\0';
    }
}

void
timex_duration_format (double     amount,
                       TimexUnit  unit,
                       char      *buf,
                       gsize      size)
{
  static const struct { const char *code; int scale; gboolean time; } units[] = {
    [TU_NONE] = { "Y", 1, FALSE },
    [TU_SECOND] = { "S", 1, TRUE }, [TU_MINUTE] = { "M", 1, TRUE },
    [TU_HOUR] = { "H", 1, TRUE }, [TU_DAY] = { "D", 1, FALSE },
    [TU_WEEKEND] = { "D", 2, FALSE }, [TU_WEEK] = { "W", 1, FALSE },
    [TU_FORTNIGHT] = { "W", 2, FALSE }, [TU_MONTH] = { "M", 1, FALSE },
    [TU_QUARTER] = { "Q", 1, FALSE }, [TU_HALF] = { "M", 6, FALSE },
    [TU_SEASON] = { "M", 3, FALSE }, [TU_YEAR] = { "Y", 1, FALSE },
    [TU_DECADE] = { "Y", 10, FALSE }, [TU_CENTURY] = { "Y", 100, FALSE },
    [TU_MILLENNIUM] = { "Y", 1000, FALSE },
  };
  /* an unknown number of decades is not a number of years */
  static const char *unknown_codes[] = {
    [TU_QUARTER] = "Q", [TU_DECADE] = "DE", [TU_CENTURY] = "CE", [TU_MILLENNIUM] = "ML",
  };
  char number[32];
  const char *code = units[unit].code;

  if (amount < 0 && unit < G_N_ELEMENTS (unknown_codes) && unknown_codes[unit] != NULL)
    code = unknown_codes[unit];
  format_amount (amount < 0 ? amount : amount * units[unit].scale, number, sizeof number);
  g_snprintf (buf, size, "P%s%s%s", units[unit].time ? "T" : "", number, code);
}

TimexGran
timex_unit_gran (TimexUnit  unit,
                 gboolean  *ok)
{
  *ok = TRUE;
  switch (unit)
    {
    case TU_DAY: return TIMEX_GRAN_DAY;
    case TU_WEEKEND: return TIMEX_GRAN_WEEKEND;
    case TU_WEEK: return TIMEX_GRAN_WEEK;
    case TU_MONTH: return TIMEX_GRAN_MONTH;
    case TU_QUARTER: return TIMEX_GRAN_QUARTER;
    case TU_HALF: return TIMEX_GRAN_HALF;
    case TU_SEASON: return TIMEX_GRAN_SEASON;
    case TU_YEAR: return TIMEX_GRAN_YEAR;
    case TU_DECADE: return TIMEX_GRAN_DECADE;
    case TU_CENTURY: return TIMEX_GRAN_CENTURY;
    case TU_NONE:
    case TU_SECOND:
    case TU_MINUTE:
    case TU_HOUR:
    case TU_FORTNIGHT:
    case TU_MILLENNIUM:
      break;
    }
  *ok = FALSE;
  return TIMEX_GRAN_YEAR;
}
