console.error("SCORM packaging: not written yet."); process.exit(1);
