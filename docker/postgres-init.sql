-- Run once by the postgres:17 image on an empty volume: one database per backend.
CREATE DATABASE indicator;
CREATE DATABASE project;
CREATE DATABASE facility;
