console.log("Frame benchmark: not written yet.");
