/** Demo data for DEMO_DATA=true: accounts, the seed course and a history made through the features' services; above every feature, known to none. */
package edu.aum.course.demo;
