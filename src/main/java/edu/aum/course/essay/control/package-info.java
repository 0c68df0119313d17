/** Essay work behind the screens: drafts, the student's stage of an assignment, text extraction from .docx/.odt/.pdf/.txt. */
package edu.aum.course.essay.control;
