/* The libFuzzer entry point for accord-fuzz; see driver.c. */
