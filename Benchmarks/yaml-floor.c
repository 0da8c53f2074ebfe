/* The floor for Accord's batch benchmark: the same files through bare libyaml event
 * parsing, nothing else. Reads file paths from standard input, one a line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

int main(void) {
    char path[4096];
    long files = 0, events = 0, failures = 0;
    static unsigned char buffer[1 << 20];
    while (fgets(path, sizeof path, stdin)) {
        path[strcspn(path, "\n")] = 0;
        FILE *file = fopen(path, "rb");
        if (!file) { failures++; continue; }
        size_t length = fread(buffer, 1, sizeof buffer, file);
        fclose(file);
        yaml_parser_t parser;
        yaml_event_t event;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, buffer, length);
        int done = 0;
        while (!done) {
            if (!yaml_parser_parse(&parser, &event)) { failures++; break; }
            done = event.type == YAML_STREAM_END_EVENT;
            yaml_event_delete(&event);
            events++;
        }
        yaml_parser_delete(&parser);
        files++;
    }
    printf("%ld files, %ld events, %ld failures\n", files, events, failures);
    return failures != 0;
}
