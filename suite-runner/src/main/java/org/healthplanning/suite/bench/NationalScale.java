package org.healthplanning.suite.bench;

/**
 * Sizes of the country-sized SYNTHETIC data set ({@code --scale national}) and of its quick check
 * ({@code --scale national-smoke}), which runs the same code on a few thousand rows.
 */
enum NationalScale {
    NATIONAL(31, 340, 2_800, 40_000, 1_000_000, 3_000, 40, 50_000, 10_000, 50_000, 10_000, 1_000, 5),
    NATIONAL_SMOKE(10, 20, 60, 300, 20_000, 80, 40, 800, 5_000, 5_000, 100, 200, 3);

    /** Years of yearly resources per facility (2020–2025) and monitoring values per indicator row (2021–2030). */
    static final int FACILITY_YEARS = 6;
    static final int VALUE_YEARS = 10;

    final int provinces;
    final int cities;
    final int districts;
    final int towns;
    final int facilities;
    final int plans;
    final int indicatorsPerPlan;
    final int projects;
    /** Facilities per import request (each with its six yearly rows: about 14 MB of JSON for 10 000). */
    final int importChunk;
    /** Print the facility import's progress every so many facilities. */
    final int progressEvery;
    /** The page (of 50 rows) of the cursor-paged facility list that is measured. */
    final int deepPage;
    /** Facilities changed for the {@code updatedAfter} synchronisation read ("one day's changes"). */
    final int syncChanges;
    /** Rounds over every province for the country's ratios (one after another). */
    final int countryRounds;

    NationalScale(int provinces, int cities, int districts, int towns, int facilities, int plans, int indicatorsPerPlan,
                  int projects, int importChunk, int progressEvery, int deepPage, int syncChanges, int countryRounds) {
        this.provinces = provinces;
        this.cities = cities;
        this.districts = districts;
        this.towns = towns;
        this.facilities = facilities;
        this.plans = plans;
        this.indicatorsPerPlan = indicatorsPerPlan;
        this.projects = projects;
        this.importChunk = importChunk;
        this.progressEvery = progressEvery;
        this.deepPage = deepPage;
        this.syncChanges = syncChanges;
        this.countryRounds = countryRounds;
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
