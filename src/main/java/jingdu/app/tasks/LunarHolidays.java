package jingdu.app.tasks;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The two lunar holidays a work-safety speech names (春节, 中秋), as a factual table for 2000–2060: the
 * Gregorian date of 正月初一 and of 八月十五. Checked against computed new moons (China time); 2033 follows the
 * official resolution of the "2033 problem" (中秋 on 09-08).
 */
final class LunarHolidays {

    static final int FIRST_YEAR = 2000;

    // month * 100 + day, one per year from 2000
    private static final int[] SPRING_FESTIVAL = {
        205, 124, 212, 201, 122, 209, 129, 218, 207, 126, // 2000
        214, 203, 123, 210, 131, 219, 208, 128, 216, 205, // 2010
        125, 212, 201, 122, 210, 129, 217, 206, 126, 213, // 2020
        203, 123, 211, 131, 219, 208, 128, 215, 204, 124, // 2030
        212, 201, 122, 210, 130, 217, 206, 126, 214, 202, // 2040
        123, 211, 201, 219, 208, 128, 215, 204, 124, 212, // 2050
        202};                                             // 2060

    private static final int[] MID_AUTUMN = {
        912, 1001, 921, 911, 928, 918, 1006, 925, 914, 1003, // 2000
        922, 912, 930, 919, 908, 927, 915, 1004, 924, 913,   // 2010
        1001, 921, 910, 929, 917, 1006, 925, 915, 1003, 922, // 2020
        912, 1001, 919, 908, 927, 916, 1004, 924, 913, 1002, // 2030
        920, 910, 928, 917, 1005, 925, 915, 1004, 922, 911,  // 2040
        930, 919, 907, 926, 916, 1005, 924, 913, 1002, 921,  // 2050
        909};                                                // 2060

    private LunarHolidays() {
    }

    /** 正月初一 of the Gregorian year, empty outside the table. */
    static Optional<LocalDate> springFestival(int year) {
        return lookUp(SPRING_FESTIVAL, year);
    }

    /** 八月十五 of the Gregorian year, empty outside the table. */
    static Optional<LocalDate> midAutumn(int year) {
        return lookUp(MID_AUTUMN, year);
    }

    private static Optional<LocalDate> lookUp(int[] table, int year) {
        int i = year - FIRST_YEAR;
        if (i < 0 || i >= table.length) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, table[i] / 100, table[i] % 100));
    }
}
