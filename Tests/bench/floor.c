/*
 * floor.c: the floor of the ctst benchmark. Reads forum submissions with libyaml's event API
 * and writes the Data sheet of ctst's workbook (one row per indicator value, the same 13
 * columns) with libxlsxwriter in constant_memory mode: the two C libraries and nothing else.
 *
 *   cc -O2 floor.c $(pkg-config --cflags --libs yaml-0.1 xlsxwriter) -o floor
 *   ./floor OUT.xlsx reports/2025/submissions/BMG.yaml ...
 *
 * Columns: Period, Forum, Indicator, Level, Economy, Unit, Value, Text, Lower bound, Source,
 * As of, File, Line. The unit is inferred from the value's shape (the floor has no catalogue).
 * An indicator's rows are buffered until its mapping ends, because `source`, `as_of` and
 * `lower_bound` may follow `by_economy`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>
#include <xlsxwriter.h>

enum shape { NUMBER, FLAG, DATE, LIST, RATIO, TEXT };

typedef struct {
  char economy[16]; /* empty for an overall value */
  enum shape shape;
  double number, denominator;
  char *text; /* date, list codes, free text, or yes/no */
  int line;
} value_t;

typedef struct {
  value_t *items;
  size_t count, capacity;
} values_t;

static lxw_worksheet *sheet;
static lxw_format *date_format;
static lxw_row_t row = 1;

static char *dup(const char *text) {
  size_t length = strlen(text) + 1;
  char *copy = malloc(length);
  if (!copy) exit(70);
  memcpy(copy, text, length);
  return copy;
}

static value_t *push(values_t *values) {
  if (values->count == values->capacity) {
    values->capacity = values->capacity ? values->capacity * 2 : 64;
    values->items = realloc(values->items, values->capacity * sizeof(value_t));
    if (!values->items) exit(70);
  }
  value_t *value = &values->items[values->count++];
  memset(value, 0, sizeof *value);
  return value;
}

static int is_date(const char *text) {
  return strlen(text) == 10 && text[4] == '-' && text[7] == '-';
}

/* Classifies a plain scalar as ctst does: number, yes/no, date, else text. */
static void classify(value_t *value, const char *text) {
  char *end;
  double number = strtod(text, &end);
  if (*text && *end == '\0') {
    value->shape = NUMBER;
    value->number = number;
  } else if (!strcasecmp(text, "yes") || !strcasecmp(text, "true")) {
    value->shape = FLAG;
    value->number = 1;
    value->text = dup("yes");
  } else if (!strcasecmp(text, "no") || !strcasecmp(text, "false")) {
    value->shape = FLAG;
    value->number = 0;
    value->text = dup("no");
  } else {
    value->shape = is_date(text) ? DATE : TEXT;
    value->text = dup(text);
  }
}

static const char *unit_of(enum shape shape) {
  switch (shape) {
  case NUMBER: return "count";
  case FLAG: return "economies";
  case DATE: return "date";
  case LIST: return "economy_list";
  case RATIO: return "percentage";
  default: return "qualitative";
  }
}

static void write_rows(const char *period, const char *forum, const char *indicator,
                       values_t *values, const char *source, const char *as_of,
                       int lower_bound, const char *file) {
  for (size_t i = 0; i < values->count; i++, row++) {
    value_t *v = &values->items[i];
    worksheet_write_string(sheet, row, 0, period, NULL);
    worksheet_write_string(sheet, row, 1, forum, NULL);
    worksheet_write_string(sheet, row, 2, indicator, NULL);
    worksheet_write_string(sheet, row, 3, v->economy[0] ? "economy" : "overall", NULL);
    if (v->economy[0]) worksheet_write_string(sheet, row, 4, v->economy, NULL);
    worksheet_write_string(sheet, row, 5, unit_of(v->shape), NULL);
    char ratio[64];
    switch (v->shape) {
    case NUMBER: case FLAG: case LIST:
      worksheet_write_number(sheet, row, 6, v->number, NULL);
      break;
    case RATIO:
      if (v->denominator > 0)
        worksheet_write_number(sheet, row, 6, v->number / v->denominator, NULL);
      snprintf(ratio, sizeof ratio, "%g/%g", v->number, v->denominator);
      worksheet_write_string(sheet, row, 7, ratio, NULL);
      break;
    default: break;
    }
    if (v->text && v->text[0]) worksheet_write_string(sheet, row, 7, v->text, NULL);
    worksheet_write_string(sheet, row, 8, lower_bound ? "yes" : "no", NULL);
    if (source[0]) worksheet_write_string(sheet, row, 9, source, NULL);
    if (as_of[0] && is_date(as_of)) {
      lxw_datetime date = {atoi(as_of), atoi(as_of + 5), atoi(as_of + 8), 0, 0, 0};
      worksheet_write_datetime(sheet, row, 10, &date, date_format);
    }
    worksheet_write_string(sheet, row, 11, file, NULL);
    worksheet_write_number(sheet, row, 12, v->line, NULL);
    free(v->text);
  }
  values->count = 0;
}

/* Reads one submission. Containers are tracked on a small stack: in a mapping, scalars
 * alternate between key and value; key[d] is the key under which depth d+1 was opened. */
static int read_file(const char *path) {
  FILE *input = fopen(path, "rb");
  if (!input) {
    perror(path);
    return 1;
  }
  yaml_parser_t parser;
  yaml_event_t event;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_file(&parser, input);

  enum { MAX = 16 };
  char period[64] = "", forum[64] = "", indicator[256] = "", key[MAX][256];
  char source[64] = "", as_of[32] = "", list[4096] = "";
  int is_mapping[MAX] = {0}, expecting_key[MAX] = {0};
  int lower_bound = 0, depth = 0, done = 0, status = 0;
  values_t values = {0};
  value_t *current = NULL;
  memset(key, 0, sizeof key);

  while (!done) {
    if (!yaml_parser_parse(&parser, &event)) {
      fprintf(stderr, "%s: %s\n", path, parser.problem ? parser.problem : "YAML error");
      status = 1;
      break;
    }
    int line = (int)event.start_mark.line + 1;
    int in_indicators = depth >= 2 && !strcmp(key[0], "indicators");
    switch (event.type) {
    case YAML_MAPPING_START_EVENT:
    case YAML_SEQUENCE_START_EVENT: {
      int mapping = event.type == YAML_MAPPING_START_EVENT;
      if (in_indicators && depth == 2) { /* an indicator's own mapping */
        source[0] = as_of[0] = '\0';
        lower_bound = 0;
        current = NULL;
      }
      if (in_indicators && current && !mapping && (depth == 3 || depth == 4)) {
        current->shape = LIST; /* value: [..] or CODE: [..] */
        list[0] = '\0';
      }
      if (in_indicators && current && mapping && depth == 4) current->shape = RATIO;
      if (depth > 0) expecting_key[depth - 1] = 1; /* the container was a value */
      if (depth < MAX) {
        is_mapping[depth] = mapping;
        expecting_key[depth] = 1;
      }
      depth++;
      break;
    }
    case YAML_MAPPING_END_EVENT:
    case YAML_SEQUENCE_END_EVENT:
      depth--;
      if (in_indicators && depth == 3 && current && current->shape == LIST && !current->text)
        current->text = dup(list);
      if (in_indicators && depth == 4 && current && current->shape == LIST)
        current->text = dup(list);
      if (in_indicators && depth == 2)
        write_rows(period, forum, indicator, &values, source, as_of, lower_bound, path);
      break;
    case YAML_SCALAR_EVENT: {
      const char *text = (const char *)event.data.scalar.value;
      int level = depth - 1;
      if (level < 0 || level >= MAX) break;
      if (!is_mapping[level]) { /* a list item: economy codes */
        if (in_indicators && current) {
          if (list[0]) strncat(list, " ", sizeof list - strlen(list) - 1);
          strncat(list, text, sizeof list - strlen(list) - 1);
          current->number += 1;
        }
        break;
      }
      if (expecting_key[level]) {
        expecting_key[level] = 0;
        snprintf(key[level], sizeof key[0], "%s", text);
        if (in_indicators && level == 1) snprintf(indicator, sizeof indicator, "%s", text);
        if (in_indicators && level == 2 && (!strcmp(text, "value") || !strcmp(text, "numerator"))
            && !current) {
          current = push(&values);
          current->line = line;
        }
        if (in_indicators && level == 3 && !strcmp(key[2], "by_economy")) {
          current = push(&values);
          snprintf(current->economy, sizeof current->economy, "%s", text);
          current->line = line;
        }
        break;
      }
      expecting_key[level] = 1;
      if (level == 0) {
        if (!strcmp(key[0], "period")) snprintf(period, sizeof period, "%s", text);
        if (!strcmp(key[0], "forum")) snprintf(forum, sizeof forum, "%s", text);
      } else if (in_indicators && level == 2) {
        if (!strcmp(key[2], "value")) classify(current, text);
        else if (!strcmp(key[2], "numerator")) {
          current->shape = RATIO;
          current->number = strtod(text, NULL);
        } else if (!strcmp(key[2], "denominator") && current) {
          current->shape = RATIO;
          current->denominator = strtod(text, NULL);
        } else if (!strcmp(key[2], "source")) snprintf(source, sizeof source, "%s", text);
        else if (!strcmp(key[2], "as_of")) snprintf(as_of, sizeof as_of, "%s", text);
        else if (!strcmp(key[2], "lower_bound"))
          lower_bound = !strcasecmp(text, "yes") || !strcasecmp(text, "true");
      } else if (in_indicators && level == 3 && current) {
        classify(current, text);
      } else if (in_indicators && level == 4 && current) {
        if (!strcmp(key[4], "numerator")) current->number = strtod(text, NULL);
        else current->denominator = strtod(text, NULL);
      }
      break;
    }
    case YAML_STREAM_END_EVENT:
      done = 1;
      break;
    default:
      break;
    }
    yaml_event_delete(&event);
  }
  free(values.items);
  yaml_parser_delete(&parser);
  fclose(input);
  return status;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s OUT.xlsx SUBMISSION.yaml...\n", argv[0]);
    return 64;
  }
  lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL};
  lxw_workbook *workbook = workbook_new_opt(argv[1], &options);
  if (!workbook) return 73;
  sheet = workbook_add_worksheet(workbook, "Data");
  date_format = workbook_add_format(workbook);
  format_set_num_format(date_format, "yyyy-mm-dd");
  lxw_format *bold = workbook_add_format(workbook);
  format_set_bold(bold);
  const char *headers[] = {"Period", "Forum", "Indicator", "Level", "Economy", "Unit", "Value",
                           "Text", "Lower bound", "Source", "As of", "File", "Line"};
  for (int col = 0; col < 13; col++) worksheet_write_string(sheet, 0, col, headers[col], bold);
  worksheet_freeze_panes(sheet, 1, 0);
  int status = 0;
  for (int i = 2; i < argc; i++) status |= read_file(argv[i]);
  if (workbook_close(workbook) != LXW_NO_ERROR) return 73;
  fprintf(stderr, "floor: %lu rows\n", (unsigned long)(row - 1));
  return status ? 65 : 0;
}
