package org.healthplanning.suite.bench;

/** Sizes of the SYNTHETIC data set: the full benchmark, and a small one that checks the benchmark runs. */
enum Scale {
    FULL(40, 10, 10_000, 40, 1_200, 10_000),
    SMOKE(4, 10, 1_000, 40, 120, 1_000);

    private final int districts;
    private final int townsPerDistrict;
    private final int facilities;
    private final int indicatorsPerPlan;
    private final int projects;
    private final int bulkValues;

    Scale(int districts, int townsPerDistrict, int facilities, int indicatorsPerPlan, int projects, int bulkValues) {
        this.districts = districts;
        this.townsPerDistrict = townsPerDistrict;
        this.facilities = facilities;
        this.indicatorsPerPlan = indicatorsPerPlan;
        this.projects = projects;
        this.bulkValues = bulkValues;
    }

    int districts() { return districts; }
    int townsPerDistrict() { return townsPerDistrict; }
    int facilities() { return facilities; }
    int indicatorsPerPlan() { return indicatorsPerPlan; }
    int projects() { return projects; }
    int bulkValues() { return bulkValues; }
}
