#pragma once

// For the files not yet switched (ui/wizard/resultspage.cpp, ui/report/reportwriter.cpp): the
// results writer is model/results/resultswriter.h now, writeFileAtomically() model/outputfile.h.
// Remove this header once nothing includes it.
#include "model/outputfile.h"
#include "model/results/resultswriter.h"
