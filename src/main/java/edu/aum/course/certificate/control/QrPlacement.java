package edu.aum.course.certificate.control;

/** The QR code's square, in PDF points from the page's top-left corner. */
public record QrPlacement(float x, float y, float size) {}
